import { useDeferredValue, useMemo } from 'react';
import { pointTally } from '../analysis/point-counts';
import type { AtlasData } from '../domain/atlas-data';
import type { PointSet } from '../domain/point-set';
import { downloadCsv } from '../export/download-file';
import { formatNumber } from '../i18n/i18n';
import { POINT_TEXTS as T } from '../i18n/point-texts';
import { cssColour, valueColours } from '../layers/point-colours';
import { useAppStore } from '../store/app-store';
import { CsvButtons } from './CsvButtons';

const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
const fileStem = (points: PointSet) => points.file.replace(/\.[^.]+$/, '');

/**
 * The planner's own points: what was read, a filter per category column (each value with its
 * count under the other filters), how many are shown, the exports, and a way to remove them.
 */
export default function PointsControl({ data }: { data: AtlasData }) {
  const points = useAppStore((s) => s.points);
  const report = useAppStore((s) => s.pointReport);
  const hidden = useAppStore((s) => s.hiddenPointValues);
  const lang = useAppStore((s) => s.lang);
  const drawn = useAppStore((s) => s.pointsDrawn);
  const drawAll = useAppStore((s) => s.drawAllPoints);
  const { togglePointValue, setPointColumn, setPoints, setDrawAllPoints } = useAppStore.getState();
  // The counts follow the checkboxes in a later render: the map's frame with the filter comes first.
  const countedFor = useDeferredValue(hidden);
  const summary = useMemo(
    () => (points ? pointTally(points, countedFor, data.municipalities.features.length) : null),
    [points, countedFor, data],
  );
  const perValue = summary?.perValue ?? [];
  const colours = useMemo(() => valueColours(points?.columns[0]?.values ?? []), [points]);
  if (!points || !report || !summary) return null;
  const n = (v: number) => formatNumber(lang, v);
  const exportCounts = async (german: boolean) => {
    const { pointCountRows } = await import('./point-exports');
    await downloadCsv(`${fileStem(points)}-anzahl-je-kommune.csv`, pointCountRows(data, points, hidden, lang), german);
  };
  const exportPoints = async (german: boolean) => {
    const { pointRows } = await import('./point-exports');
    await downloadCsv(`${fileStem(points)}-mit-kommune.csv`, pointRows(data, points, hidden, lang), german);
  };
  return (
    <fieldset className="own-points" data-testid="own-points">
      <legend>
        {T.title[lang]}: {points.file}
      </legend>
      <p className="legend-note" data-testid="own-points-read">
        {fill(T.read[lang], {
          rows: n(report.rows),
          crs: report.crs,
          x: report.coordinateColumns[0],
          y: report.coordinateColumns[1],
          label: report.labelColumn ? fill(T.labelColumn[lang], { column: report.labelColumn }) : '',
          outside: n(report.outsideRegion),
        })}
      </p>
      <p data-testid="own-points-shown" role="status">
        {fill(T.shown[lang], { shown: n(summary.shown), all: n(points.count), inside: n(summary.shown - summary.outside) })}
      </p>
      {drawn && (
        <div className="own-points-drawn" data-testid="own-points-drawn">
          <p className="legend-note">
            {fill(T[drawAll ? 'drawnAll' : drawn.drawn < drawn.inView ? 'sampled' : 'inView'][lang], {
              drawn: n(drawn.drawn),
              inView: n(drawn.inView),
            })}
          </p>
          <label className="layer-row">
            <input type="checkbox" checked={drawAll} onChange={() => setDrawAllPoints(!drawAll)} data-testid="draw-all-points" />
            <span>{T.drawAll[lang]}</span>
          </label>
        </div>
      )}
      {points.columns.length === 0 && <p className="legend-note">{T.noFilter[lang]}</p>}
      {points.columns.map((column, j) => (
        <details key={column.name} open={j === 0} className="own-points-column">
          <summary>
            {column.name}
            {j === 0 && <span className="legend-note"> · {fill(T.colourNote[lang], { column: column.name })}</span>}
          </summary>
          <p className="own-points-all">
            <button type="button" className="lang-button" onClick={() => setPointColumn(j, true)} data-testid={`point-column-all-${j}`}>
              {T.all[lang]}
            </button>
            <button type="button" className="lang-button" onClick={() => setPointColumn(j, false)} data-testid={`point-column-none-${j}`}>
              {T.none[lang]}
            </button>
          </p>
          {column.values.map((value, code) => (
            <label key={value} className="layer-row">
              <input
                type="checkbox"
                checked={!(hidden[j] ?? []).includes(code)}
                onChange={() => togglePointValue(j, code)}
                data-testid={`point-filter-${j}-${code}`}
              />
              {j === 0 && <span className="swatch" style={{ background: cssColour(colours[code]!) }} aria-hidden="true" />}
              <span>
                {value || T.empty[lang]} <span className="legend-note">({n(perValue[j]![code]!)})</span>
              </span>
            </label>
          ))}
        </details>
      ))}
      <p className="legend-note">{T.countsNote[lang]}</p>
      <p>
        {T.exportCounts[lang]}: <CsvButtons onExport={(german) => void exportCounts(german)} testId="export-point-counts" />
      </p>
      <p>
        {T.exportPoints[lang]}: <CsvButtons onExport={(german) => void exportPoints(german)} testId="export-points" />
      </p>
      <button type="button" className="lang-button" onClick={() => setPoints(null, null)} data-testid="remove-points">
        {T.remove[lang]}
      </button>
    </fieldset>
  );
}
