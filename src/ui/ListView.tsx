import { useMemo, useState } from 'react';
import { institutionsCsv } from '../analysis/region-table';
import { visibleInstitutions } from '../analysis/visible-institutions';
import type { AtlasData } from '../domain/atlas-data';
import { translator, type Lang, type StringKey } from '../i18n/i18n';
import { say } from '../i18n/localized';
import { useAppStore } from '../store/app-store';
import { downloadCsv } from '../export/download-file';
import { CsvButtons } from './CsvButtons';
import { RegionTable } from './RegionTable';
import { TimeSlider } from './TimeSlider';

/**
 * The same data as the map, as tables: for screen readers, keyboards, browsers without WebGL and
 * planners. The institutions follow the layer and year filters (a name selects one); the second
 * table lists every municipality or Kreis with its specialisation. Both download as CSV.
 */
export function ListView({ data, lang: fixedLang }: { data: AtlasData; lang?: Lang }) {
  const storeLang = useAppStore((s) => s.lang);
  const lang = fixedLang ?? storeLang;
  const hiddenClusters = useAppStore((s) => s.hiddenClusters);
  const hiddenCategories = useAppStore((s) => s.hiddenCategories);
  const year = useAppStore((s) => s.year);
  const select = useAppStore((s) => s.select);
  const t = translator(lang);
  const rows = useMemo(
    () =>
      visibleInstitutions(data.institutions, { hiddenClusters, hiddenCategories, year })
        .map((i) => ({ i, municipality: data.byAgs.get(i.ags)?.name ?? '' }))
        .sort((a, b) => a.municipality.localeCompare(b.municipality, 'de') || a.i.name.de.localeCompare(b.i.name.de, 'de')),
    [data, hiddenClusters, hiddenCategories, year],
  );
  const [tab, setTab] = useState<'institutions' | 'regions'>('institutions');
  const exportCsv = (german: boolean) =>
    void downloadCsv(
      `clusteratlas-einrichtungen${year ? `-${year}` : ''}${german ? '-de' : ''}.csv`,
      institutionsCsv(
        data,
        rows.map((r) => r.i),
        german,
      ),
      german,
    );
  return (
    <section className="list-view" aria-labelledby="list-title" data-testid="list-view">
      <div className="list-tabs" role="group" aria-label={t('listTitle')}>
        <button
          type="button"
          className="lang-button"
          aria-pressed={tab === 'institutions'}
          onClick={() => setTab('institutions')}
          data-testid="list-tab-institutions"
        >
          {t('listTabInstitutions')} ({rows.length})
        </button>
        <button
          type="button"
          className="lang-button"
          aria-pressed={tab === 'regions'}
          onClick={() => setTab('regions')}
          data-testid="list-tab-regions"
        >
          {t('listTabRegions')}
        </button>
      </div>
      {tab === 'regions' ? (
        <>
          <h2 id="list-title">{t('listTabRegions')}</h2>
          <RegionTable data={data} lang={lang} />
        </>
      ) : (
        <>
          <h2 id="list-title">
            {t('listTitle')} ({rows.length})
          </h2>
          <TimeSlider data={data} />
          <p className="table-tools">
            <span className="hint">{t('downloadVisible')}:</span>
            <CsvButtons onExport={exportCsv} testId="list-csv" />
          </p>
          {/* Sideways inside its box, names kept in view (src/styles/): on a phone a swipe moved the whole section. */}
          <div className="table-scroll institution-table" data-testid="institution-table">
            <table>
              <caption className="visually-hidden">{t('listCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('institutions')}</th>
                  <th scope="col">{t('municipality')}</th>
                  <th scope="col">{t('category')}</th>
                  <th scope="col">{t('clusters')}</th>
                  <th scope="col">{t('founded')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ i, municipality }) => (
                  <tr key={i.id}>
                    <th scope="row">
                      <button type="button" className="item-button" onClick={() => select({ kind: 'institution', id: i.id })}>
                        {say(lang, i.name)}
                      </button>
                    </th>
                    <td>{municipality}</td>
                    <td>{t(`cat_${i.category}` as StringKey)}</td>
                    <td>
                      {i.clusters
                        .map((c) => {
                          const cl = data.clustersById.get(c);
                          return cl ? say(lang, cl.name) : c;
                        })
                        .join(', ')}
                    </td>
                    <td>{i.founded ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
