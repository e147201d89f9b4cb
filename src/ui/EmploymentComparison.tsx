import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { MIN_EMPLOYEES } from '../analysis/employment-lq';
import { employmentProfile, employmentUnitOf, type EmploymentProfile } from '../analysis/employment-profile';
import { employmentCsv } from '../analysis/employment-csv';
import { SECTION_NAMES } from '../data/genesis/section-codes';
import { loadEmployment } from '../data/load-employment';
import { loadEstablishments } from '../data/load-establishments';
import type { EstablishmentTable } from '../domain/establishments';
import { mergeEmployment } from '../data/merge-employment';
import { useAppStore } from '../store/app-store';
import type { AtlasData } from '../domain/atlas-data';
import type { EmploymentTable } from '../domain/employment';
import { downloadCsv } from '../export/download-file';
import { formatNumber, translator, type Lang } from '../i18n/i18n';
import { say } from '../i18n/localized';
import { shortUnitName } from '../i18n/unit-name';
import { CsvButtons } from './CsvButtons';

interface Props {
  data: AtlasData;
  ids: readonly string[];
  lang: Lang;
}

// The charts' library (Observable Plot) loads only when a planner opens them.
const EmploymentCharts = lazy(() => import('./EmploymentCharts'));

const pct = (lang: Lang, x: number | null) => (x === null ? '–' : `${formatNumber(lang, x * 100, 1)} %`);
const num = (lang: Lang, x: number | null, digits = 0) => (x === null ? '–' : formatNumber(lang, x, digits));

function ProfileTable({ profile, end, data, lang }: { profile: EmploymentProfile; end: number; data: AtlasData; lang: Lang }) {
  const t = translator(lang);
  return (
    <table className="specialization employment-table" data-testid="employment-table">
      <thead>
        <tr>
          <th scope="col">{t('employmentSection')}</th>
          <th scope="col">{t('employmentEmployees').replace('{year}', String(end))}</th>
          {profile.establishmentsYear !== null && (
            <th scope="col">{t('employmentEstablishments').replace('{year}', String(profile.establishmentsYear))}</th>
          )}
          <th scope="col">{t('employmentLq')}</th>
          <th scope="col">{t('employmentRank')}</th>
          <th scope="col">{t('employmentGrowth')}</th>
          <th scope="col">{t('employmentShift')}</th>
        </tr>
      </thead>
      <tbody>
        {profile.rows.map((r) => {
          const clusters = data.clusters.filter((c) => c.employmentProxy.sections.includes(r.section));
          return (
            <tr key={r.section} data-section={r.section}>
              <th scope="row">
                {r.section === 'C' && `${t('employmentOfWhich')} `}
                {SECTION_NAMES[r.section]?.[lang] ?? r.section} ({r.section})
                {clusters.map((c) => (
                  <span
                    key={c.id}
                    className="swatch"
                    role="img"
                    style={{ background: c.color }}
                    title={say(lang, c.name)}
                    aria-label={say(lang, c.name)}
                  />
                ))}
              </th>
              <td>{num(lang, r.employees)}</td>
              {profile.establishmentsYear !== null && <td>{num(lang, r.establishments)}</td>}
              <td className={r.small ? 'uncertain' : undefined}>
                {r.lq === null ? '–' : `${formatNumber(lang, r.lq, 2)}${r.small ? '*' : ''}`}
                {r.strong && (
                  <strong className="strong-flag" title={t('employmentStrongYes')}>
                    {' '}
                    ★
                  </strong>
                )}
              </td>
              <td>{r.rank === null ? '–' : `${r.rank}/${r.ranked}`}</td>
              <td>{pct(lang, r.cagr)}</td>
              <td>{r.shiftShare ? formatNumber(lang, Math.round(r.shiftShare.regionalShift)) : '–'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The charts, folded until opened: then their chunk loads. */
function ChartsSection(props: {
  table: EmploymentTable;
  units: string[];
  nameOf: (k: string) => string;
  reference: string;
  start: number;
  end: number;
  lang: Lang;
}) {
  const [open, setOpen] = useState(false);
  const t = translator(props.lang);
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)} data-testid="employment-charts-toggle">
      <summary>{t('chartsTitle')}</summary>
      {open && (
        <Suspense fallback={<p className="hint">…</p>}>
          <EmploymentCharts {...props} />
        </Suspense>
      )}
    </details>
  );
}

/**
 * The comparison's employment measures on the official table, loaded when first shown: per
 * compared place (its Kreis) the sections' employees, LQ against NRW or Germany, rank in the Ruhr,
 * strong-cluster flag, growth and shift-share between two chosen years, and its Hoover/Krugman.
 */
export default function EmploymentComparison({ data, ids, lang }: Props) {
  const t = translator(lang);
  const [error, setError] = useState<string>();
  const [reference, setReference] = useState<'05' | 'DG'>('05');
  const [period, setPeriod] = useState<[number, number]>();
  const own = useAppStore((s) => s.ownEmployment);
  const [shipped, setShipped] = useState<EmploymentTable>();
  const [firms, setFirms] = useState<EstablishmentTable>();
  useEffect(() => {
    loadEmployment().then(setShipped, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    // Without the establishments the measures still stand; the test then says which part it left out.
    loadEstablishments().then(setFirms, () => setFirms(undefined));
  }, []);
  // A user's export of the same table is laid over the shipped one (a newer year, more regions).
  const table = useMemo(() => (shipped && own ? mergeEmployment(shipped, own.table, own.file) : shipped), [shipped, own]);
  const years = table?.years ?? [];
  const [start, end] = period ?? [years[0] ?? 0, years[years.length - 1] ?? 0];
  const units = useMemo(() => [...new Set(ids.map(employmentUnitOf))], [ids]);
  const profiles = useMemo(
    () => (table ? units.map((u) => employmentProfile(table, u, { reference, start, end }, firms)) : []),
    [table, units, reference, start, end, firms],
  );
  if (error)
    return (
      <p className="notice" role="alert">
        {t('employmentFailed').replace('{reason}', error)}
      </p>
    );
  if (!table) return <p className="hint">{t('employmentLoading')}</p>;
  const nameOf = (key: string) => table.units.find((u) => u.key === key)?.name ?? key;
  const exportCsv = (german: boolean) =>
    void downloadCsv(
      `clusteratlas-beschaeftigung-${units.join('-')}${german ? '-de' : ''}.csv`,
      employmentCsv(profiles, nameOf, { reference, start, end }, german),
      german,
    );
  return (
    <section className="employment" aria-labelledby="employment-title" data-testid="employment">
      <h3 id="employment-title">{t('employmentTitle')}</h3>
      <p className="hint">{t('employmentMeasure')}</p>
      <div className="employment-controls">
        <fieldset>
          <legend>{t('employmentReference')}</legend>
          {(['05', 'DG'] as const).map((r) => (
            <label key={r}>
              <input
                type="radio"
                name="employment-reference"
                checked={reference === r}
                onChange={() => setReference(r)}
                data-testid={`employment-ref-${r}`}
              />
              {r === '05' ? t('employmentNrw') : t('employmentGermany')}
            </label>
          ))}
        </fieldset>
        <label>
          {t('employmentPeriod')}{' '}
          <select
            value={start}
            onChange={(e) => setPeriod([Number(e.currentTarget.value), end])}
            data-testid="employment-start"
            aria-label={t('employmentFrom')}
          >
            {years
              .filter((y) => y < end)
              .map((y) => (
                <option key={y}>{y}</option>
              ))}
          </select>
          {' – '}
          <select
            value={end}
            onChange={(e) => setPeriod([start, Number(e.currentTarget.value)])}
            data-testid="employment-end"
            aria-label={t('employmentTo')}
          >
            {years
              .filter((y) => y > start)
              .map((y) => (
                <option key={y}>{y}</option>
              ))}
          </select>
        </label>
        <CsvButtons onExport={exportCsv} testId="employment-csv" />
      </div>
      <div className="compare-cards">
        {profiles.map((p) => (
          <article key={p.unit} className="compare-card">
            <h4>{shortUnitName(nameOf(p.unit))}</h4>
            {ids.some((id) => id.length === 8 && id.slice(0, 5) === p.unit && !id.endsWith('000')) && (
              <p className="hint">{t('employmentKreisOnly').replace('{kreis}', nameOf(p.unit))}</p>
            )}
            <ProfileTable profile={p} end={end} data={data} lang={lang} />
            <p className="hint">
              {t('employmentSpecialisation')
                .replace('{hoover}', num(lang, p.hoover, 2))
                .replace('{krugman}', num(lang, p.krugman, 2))}
            </p>
          </article>
        ))}
      </div>
      <ChartsSection table={table} units={units} nameOf={nameOf} reference={reference} start={start} end={end} lang={lang} />
      <p className="legend-note">{t('employmentNotes').replace('{min}', String(MIN_EMPLOYEES))}</p>
      <details>
        <summary>{t('employmentProxies')}</summary>
        <ul>
          {data.clusters.map((c) => (
            <li key={c.id}>
              <strong>{say(lang, c.name)}</strong> → {c.employmentProxy.sections.join(', ')}: {say(lang, c.employmentProxy.note)}
            </li>
          ))}
        </ul>
      </details>
      <p className="legend-note">
        {t('employmentSource')
          .replace('{source}', table.source.publisher)
          .replace('{table}', table.source.table)
          .replace('{licence}', table.source.licence)}
      </p>
      {firms && (
        <p className="legend-note" data-testid="establishments-source">
          {t('establishmentsSource')
            .replace('{source}', firms.source.publisher)
            .replace('{table}', firms.source.table)
            .replace('{year}', String(firms.year))
            .replace('{licence}', firms.source.licence)}
        </p>
      )}
    </section>
  );
}
