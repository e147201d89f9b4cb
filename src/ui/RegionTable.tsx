import { useMemo, useState, type ReactNode } from 'react';
import {
  ownColumns,
  regionTable,
  regionTableCsv,
  sortRegionTable,
  type Sort,
  type SortKey,
  type TableLevel,
} from '../analysis/region-table';
import type { AtlasData } from '../domain/atlas-data';
import { downloadCsv } from '../export/download-file';
import { formatNumber, translator, type Lang } from '../i18n/i18n';
import { say } from '../i18n/localized';
import { useAppStore } from '../store/app-store';
import { AggregationChoice } from './AggregationChoice';
import { CsvButtons } from './CsvButtons';
import { LevelChoice } from './LevelChoice';

/** Numbers read best largest first; names from A. */
const firstDirection = (key: SortKey): boolean => key !== 'name';

/**
 * Every municipality (or Kreis) with its figures and its LQ per cluster, sortable by any column
 * and downloadable: the planner's view of who is specialised in what.
 */
export function RegionTable({ data, lang }: { data: AtlasData; lang: Lang }) {
  const t = translator(lang);
  const select = useAppStore((s) => s.select);
  const [level, setLevel] = useState<TableLevel>('municipality');
  const [sort, setSort] = useState<Sort>({ key: 'name', descending: false });
  const imported = useAppStore((s) => s.imported);
  const userAggregation = useAppStore((s) => s.userAggregation);
  const all = useMemo(() => regionTable(data, level), [data, level]);
  const own = useMemo(() => ownColumns(data, level, imported?.columns ?? [], userAggregation), [data, level, imported, userAggregation]);
  const rows = useMemo(() => sortRegionTable(all, sort, own), [all, sort, own]);
  const sortBy = (key: SortKey) =>
    setSort((s) => (s.key === key ? { key, descending: !s.descending } : { key, descending: firstDirection(key) }));
  const ariaSort = (key: SortKey) => (sort.key === key ? (sort.descending ? 'descending' : 'ascending') : undefined);
  const header = (key: SortKey, label: ReactNode, title?: string) => (
    <th scope="col" aria-sort={ariaSort(key)} className={key === 'name' ? undefined : 'num'}>
      <button type="button" className="sort-button" onClick={() => sortBy(key)} title={title} data-sort={key}>
        {label}
        <span aria-hidden="true" className="sort-mark">
          {sort.key === key ? (sort.descending ? ' ▼' : ' ▲') : ''}
        </span>
      </button>
    </th>
  );
  const exportCsv = (german: boolean) =>
    void downloadCsv(
      `clusteratlas-${level === 'kreis' ? 'kreise' : 'kommunen'}${german ? '-de' : ''}.csv`,
      regionTableCsv(data, rows, german, own),
      german,
    );
  return (
    <div className="region-table" data-testid="region-table">
      <div className="table-tools">
        <LevelChoice name="table-level" value={level} onChange={setLevel} lang={lang} />
        <CsvButtons onExport={exportCsv} testId="table-csv" />
      </div>
      {level === 'kreis' &&
        own.map((c) => (
          <AggregationChoice
            key={c.id}
            indicator={c.id}
            title={`${t('aggregationTitle')}: ${c.name}`}
            pending="aggregationPendingTable"
            lang={lang}
            testId={`table-aggregation-${c.id}`}
          />
        ))}
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">{t('regionTableCaption')}</caption>
          <thead>
            <tr className="group-row">
              <td colSpan={4} />
              {own.length > 0 && (
                <th scope="colgroup" colSpan={own.length}>
                  {t('ownData')}
                </th>
              )}
              <th scope="colgroup" colSpan={data.clusters.length}>
                {t('lqPerCluster')}
              </th>
            </tr>
            <tr>
              {header('name', t(level === 'kreis' ? 'kreisLevelUnit' : 'municipality'))}
              {header('population', t('populationShort'), t('population'))}
              {header('density', t('densityShort'), t('density'))}
              {header('institutions', t('institutions'))}
              {/* Own data first among the figures: the planner loaded it to see it. */}
              {own.map((c) => header(c.id as SortKey, c.name))}
              {data.clusters.map((c) =>
                header(
                  `lq:${c.id}`,
                  <>
                    <span className="swatch" style={{ background: c.color }} aria-hidden="true" />
                    <span>
                      <span className="visually-hidden">LQ </span>
                      {say(lang, c.name)}
                    </span>
                  </>,
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <button type="button" className="item-button" onClick={() => select({ kind: row.kind, id: row.id })}>
                    {row.name}
                  </button>
                </th>
                <td className="num">{formatNumber(lang, row.population)}</td>
                <td className="num">{formatNumber(lang, row.density)}</td>
                <td className="num">{row.institutions}</td>
                {own.map((c) => {
                  const v = c.values?.get(row.id);
                  return (
                    <td key={c.id} className="num own">
                      {v === null || v === undefined ? '–' : formatNumber(lang, v, 2)}
                    </td>
                  );
                })}
                {row.clusters.map((k) => (
                  <td key={k.id} className={k.uncertain ? 'num uncertain' : 'num'} title={k.uncertain ? t('uncertainNote') : undefined}>
                    {k.lq === null ? '–' : `${formatNumber(lang, k.lq, 2)}${k.uncertain ? '*' : ''}`}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">
        {t('lqNote')} * {t('uncertainNote')} {t('regionTableNote')}
      </p>
    </div>
  );
}
