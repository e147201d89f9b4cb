import { Fragment, lazy, Suspense, useMemo, useState } from 'react';
import { clusterConcentration, compareColumns, compareRows } from '../analysis/compare-table';
import { ownValuesOf } from '../analysis/compare-own-values';
import type { Overlays } from '../domain/overlays';
import { focusClustersOf } from '../analysis/focus-clusters';
import type { AtlasData } from '../domain/atlas-data';
import { downloadCsv } from '../export/download-file';
import { formatNumber, translator } from '../i18n/i18n';
import { say } from '../i18n/localized';
import { useAppStore } from '../store/app-store';
import { CsvButtons } from './CsvButtons';
import { MiniMap } from './MiniMap';
import { SpecializationTable } from './SpecializationTable';

// The official employment figures and their measures load only when a comparison is opened.
const EmploymentComparison = lazy(() => import('./EmploymentComparison'));

/** 2–4 municipalities or Kreise side by side: profile cards with specialisation figures, and CSV export. */
export function CompareView({ data, overlays }: { data: AtlasData; overlays?: Overlays }) {
  const lang = useAppStore((s) => s.lang);
  const compare = useAppStore((s) => s.compare);
  const imported = useAppStore((s) => s.imported);
  const userAggregation = useAppStore((s) => s.userAggregation);
  const { toggleCompare, clearCompare } = useAppStore.getState();
  const t = translator(lang);
  const columns = useMemo(() => compareColumns(data, compare), [data, compare]);
  // Folded, only the title bar stays: the map (or, on a phone, the panel below) is free again
  // without losing the comparison. The fold belongs to the list it was made for, so adding or
  // removing a place shows the comparison again.
  const [foldedFor, setFoldedFor] = useState<string>();
  const key = compare.join(',');
  const open = foldedFor !== key;
  const hoover = useMemo(() => clusterConcentration(data), [data]);
  if (columns.length === 0) return null;
  const extras = { overlays, user: imported?.columns ?? [], aggregation: userAggregation };
  const exportCsv = (german: boolean) =>
    void downloadCsv(
      `clusteratlas-vergleich-${compare.join('-')}${german ? '-de' : ''}.csv`,
      compareRows(data, columns, german, extras),
      german,
    );
  return (
    <section className="compare" aria-labelledby="compare-title" data-testid="compare">
      <header className="compare-head">
        <h2 id="compare-title">
          {t('compareTitle')} ({columns.length})
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-expanded={open}
          aria-controls="compare-body"
          aria-label={t(open ? 'compareFold' : 'compareUnfold')}
          title={t(open ? 'compareFold' : 'compareUnfold')}
          onClick={() => setFoldedFor(open ? key : undefined)}
          data-testid="compare-fold"
        >
          {open ? '▾' : '▴'}
        </button>
        {open && <CsvButtons onExport={exportCsv} testId="export-csv" />}
        <button type="button" className="icon-button" onClick={clearCompare} aria-label={t('compareClose')}>
          ×
        </button>
      </header>
      {open && (
        <div id="compare-body">
          <Suspense fallback={<p className="hint">{t('employmentLoading')}</p>}>
            <EmploymentComparison data={data} ids={columns.map((c) => c.id)} lang={lang} />
          </Suspense>
          <h3 className="atlas-entries-title">{t('atlasEntriesTitle')}</h3>
          <p className="hint">{t('atlasEntriesNote')}</p>
          <div className="compare-cards">
            {columns.map((c) => (
              <article key={c.id} className="compare-card" data-testid="compare-card">
                <h3>
                  {c.name}{' '}
                  <button
                    type="button"
                    className="icon-button"
                    onClick={() => toggleCompare(c.id)}
                    aria-label={`${c.name} ${t('compareRemove')}`}
                  >
                    ×
                  </button>
                </h3>
                {c.kind === 'kreis' && (
                  <p className="hint">
                    {t('kreis')} · {c.members.length} {t('municipalities')}
                  </p>
                )}
                <MiniMap data={data} members={c.members} label={c.name} />
                <dl className="facts">
                  <dt>{t('population')}</dt>
                  <dd>{formatNumber(lang, c.population)}</dd>
                  <dt>{t('density')}</dt>
                  <dd>{formatNumber(lang, c.density)}</dd>
                  <dt>{t('institutions')}</dt>
                  <dd>{c.institutions}</dd>
                  <dt>{t('focusOf')}</dt>
                  <dd>
                    {focusClustersOf(data.clusters, c.members)
                      .map((k) => say(lang, k.name))
                      .join(', ') || '–'}
                  </dd>
                  <dt>{t('layerCorridors')}</dt>
                  <dd>
                    {(overlays?.corridors ?? [])
                      .filter((k) => c.members.some((ags) => k.municipalities.includes(ags)))
                      .map((k) => say(lang, data.corridors.find((x) => x.id === k.id)!.name))
                      .join(', ') || '–'}
                  </dd>
                  {ownValuesOf(data, c, imported?.columns ?? [], userAggregation).map((o) => (
                    <Fragment key={o.name}>
                      <dt>
                        {t('ownData')}: {o.name}
                      </dt>
                      <dd data-testid="compare-own">
                        {o.value === undefined
                          ? t('compareOwnPending')
                          : o.value === null
                            ? '–'
                            : formatNumber(lang, o.value, Number.isInteger(o.value) ? 0 : 2)}
                      </dd>
                    </Fragment>
                  ))}
                </dl>
                <SpecializationTable data={data} column={c} lang={lang} />
              </article>
            ))}
          </div>
          <p className="legend-note">
            {t('lqNote')} * {t('uncertainNote')}
          </p>
          <p className="legend-note" data-testid="hoover">
            {t('hooverNote')}{' '}
            {data.clusters
              .map(
                (k) =>
                  `${say(lang, k.name)} ${hoover[k.id] === null || hoover[k.id] === undefined ? '–' : formatNumber(lang, hoover[k.id]!, 2)}`,
              )
              .join(' · ')}
          </p>
        </div>
      )}
    </section>
  );
}
