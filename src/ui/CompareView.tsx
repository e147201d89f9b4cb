import Papa from 'papaparse';
import { useMemo } from 'react';
import { compareColumns, compareRows } from '../analysis/compare-table';
import type { AtlasData } from '../domain/atlas-data';
import { formatNumber, translator } from '../lib/i18n';
import { localized } from '../lib/localized';
import { useAppStore } from '../store/app-store';

/** Offers a CSV file for download; it never leaves the browser otherwise. */
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob(['\ufeff', text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** 2–4 municipalities side by side: profile cards with specialisation figures, and CSV export. */
export function CompareView({ data }: { data: AtlasData }) {
  const lang = useAppStore((s) => s.lang);
  const compare = useAppStore((s) => s.compare);
  const { toggleCompare, clearCompare } = useAppStore.getState();
  const t = translator(lang);
  const columns = useMemo(() => compareColumns(data, compare), [data, compare]);
  if (columns.length === 0) return null;
  const exportCsv = (german: boolean) => {
    const rows = compareRows(data, columns, german);
    download(`clusteratlas-vergleich-${compare.join('-')}${german ? '-de' : ''}.csv`, Papa.unparse(rows, { delimiter: german ? ';' : ',' }));
  };
  return (
    <section className="compare" aria-labelledby="compare-title" data-testid="compare">
      <header className="compare-head">
        <h2 id="compare-title">{t('compareTitle')}</h2>
        <button type="button" className="lang-button" onClick={() => exportCsv(true)} data-testid="export-csv-de">CSV (DE)</button>
        <button type="button" className="lang-button" onClick={() => exportCsv(false)} data-testid="export-csv-int">CSV (int.)</button>
        <button type="button" className="icon-button" onClick={clearCompare} aria-label={t('compareClose')}>×</button>
      </header>
      <div className="compare-cards">
        {columns.map((c) => (
          <article key={c.ags} className="compare-card" data-testid="compare-card">
            <h3>{c.name} <button type="button" className="icon-button" onClick={() => toggleCompare(c.ags)} aria-label={`${c.name} ${t('compareRemove')}`}>×</button></h3>
            <dl className="facts">
              <dt>{t('population')}</dt><dd>{formatNumber(lang, c.population)}</dd>
              <dt>{t('density')}</dt><dd>{formatNumber(lang, c.density)}</dd>
              <dt>{t('institutions')}</dt><dd>{c.institutions}</dd>
            </dl>
            <table>
              <thead><tr><th scope="col">{t('clusters')}</th><th scope="col">n</th><th scope="col">{t('per100k')}</th><th scope="col">LQ</th></tr></thead>
              <tbody>
                {c.clusters.map((k) => {
                  const cluster = data.clustersById.get(k.id)!;
                  return (
                    <tr key={k.id}>
                      <th scope="row"><span className="swatch" style={{ background: cluster.color }} aria-hidden="true" /> {localized(lang, cluster, 'name')}</th>
                      <td>{k.cases}</td>
                      <td>{formatNumber(lang, k.per100k, 1)}</td>
                      <td className={k.uncertain ? 'uncertain' : undefined} title={k.uncertain ? t('uncertainNote') : undefined}>
                        {k.lq === null ? '–' : `${formatNumber(lang, k.lq, 2)}${k.uncertain ? '*' : ''}`}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </article>
        ))}
      </div>
      <p className="legend-note">{t('lqNote')} * {t('uncertainNote')}</p>
    </section>
  );
}
