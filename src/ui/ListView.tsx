import { useMemo } from 'react';
import { visibleInstitutions } from '../analysis/visible-institutions';
import type { AtlasData } from '../domain/atlas-data';
import { translator, type Lang, type StringKey } from '../lib/i18n';
import { localized } from '../lib/localized';
import { useAppStore } from '../store/app-store';
import { TimeSlider } from './TimeSlider';

/**
 * The same data as the map, as a table: for screen readers, keyboards and browsers without
 * WebGL. It follows the layer and year filters; a name selects the institution.
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
    () => visibleInstitutions(data.institutions, { hiddenClusters, hiddenCategories, year })
      .map((i) => ({ i, municipality: data.byAgs.get(i.ags)?.name ?? '' }))
      .sort((a, b) => a.municipality.localeCompare(b.municipality, 'de') || a.i.name.localeCompare(b.i.name, 'de')),
    [data, hiddenClusters, hiddenCategories, year],
  );
  return (
    <section className="list-view" aria-labelledby="list-title" data-testid="list-view">
      <h2 id="list-title">{t('listTitle')} ({rows.length})</h2>
      <TimeSlider data={data} />
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
                  {lang === 'de' ? i.name : i.name_en}
                </button>
              </th>
              <td>{municipality}</td>
              <td>{t(`cat_${i.category}` as StringKey)}</td>
              <td>{i.clusters.map((c) => { const cl = data.clustersById.get(c); return cl ? localized(lang, cl, 'name') : c; }).join(', ')}</td>
              <td>{i.founded ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
