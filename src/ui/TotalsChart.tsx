import * as Plot from '@observablehq/plot';
import { CSV_HEADINGS } from '../i18n/csv-words';
import { useEffect, useState } from 'react';
import { totalChange, totalSeries } from '../analysis/total-series';
import { loadEmploymentTotals } from '../data/load-employment-totals';
import type { EmploymentTotals } from '../domain/employment-totals';
import { formatNumber, translator, type Lang } from '../i18n/i18n';
import { shortUnitName } from '../i18n/unit-name';
import { ChartFigure } from './ChartFigure';

interface Props {
  units: readonly string[];
  reference: string;
  nameOf: (key: string) => string;
  lang: Lang;
}

/**
 * The long view: employees of all industries in the compared places and the reference economy,
 * 2008–2024, each indexed to its first year. Years no stored table gives stay a gap in the line.
 */
export function TotalsChart({ units, reference, nameOf, lang }: Props) {
  const t = translator(lang);
  const [totals, setTotals] = useState<EmploymentTotals | null>();
  useEffect(() => {
    loadEmploymentTotals().then(setTotals, () => setTotals(null));
  }, []);
  if (totals === undefined) return <p className="hint">…</p>;
  if (totals === null) return <p className="notice">{t('chartTotalsFailed')}</p>;
  const keys = [...units, reference];
  const series = totalSeries(totals, keys);
  const first = totals.years[0]!;
  const last = totals.years[totals.years.length - 1]!;
  const label = (unit: string) => shortUnitName(nameOf(unit));
  // A line breaks where years are missing: points more than a year apart are not joined.
  const segment = (d: { unit: string; year: number }) =>
    `${d.unit}|${totals.years.filter((y, i) => y <= d.year && y - (totals.years[i - 1] ?? y) > 1).length}`;
  const changes = keys.flatMap((unit) => {
    const c = totalChange(series, unit);
    return c ? [`${label(unit)} ${c.change >= 0 ? '+' : '−'}${formatNumber(lang, Math.abs(c.change) * 100, 1)} %`] : [];
  });
  return (
    <>
      <ChartFigure
        german={lang === 'de'}
        id={`totals-${first}-${last}`}
        caption={`${t('chartTotals')
          .replace('{from}', String(first))
          .replace('{to}', String(last))
          .replace('{missing}', totals.missing ? t('chartTotalsGap') : '')} ${changes.join(', ')}.`}
        rows={[
          [...CSV_HEADINGS.series[lang]],
          ...series.map((p) => [nameOf(p.unit), p.unit, String(p.year), String(p.employees), p.index.toFixed(2)]),
        ]}
        make={() =>
          Plot.plot({
            height: 260,
            x: { label: null, tickFormat: 'd' },
            y: { label: `Index ${first} = 100`, grid: true },
            color: { legend: true },
            marks: [
              Plot.ruleY([100], { stroke: '#b9b1a0' }),
              Plot.lineY(series, { x: 'year', y: 'index', z: segment, stroke: (d: { unit: string }) => label(d.unit) }),
              Plot.dot(series, { x: 'year', y: 'index', fill: (d: { unit: string }) => label(d.unit), r: 2.5 }),
            ],
          })
        }
      />
      <p className="legend-note">
        {t('chartTotalsSource')
          .replace('{publisher}', totals.publisher)
          .replace('{tables}', totals.sources.map((s) => `${s.table} (${s.years})`).join(', '))
          .replace('{licence}', totals.licence)}
      </p>
    </>
  );
}
