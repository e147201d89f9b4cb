import type { Overlays } from '../domain/overlays';
import { focusClustersOf } from '../analysis/focus-clusters';
import { institutionsIn } from '../analysis/institution-counts';
import { kreisKeyOf } from '../analysis/kreise';
import type { AtlasData } from '../domain/atlas-data';
import { formatNumber, translator, type Lang } from '../i18n/i18n';
import { say } from '../i18n/localized';
import { ItemButton } from './ItemButton';
import { CompareButton } from './CompareButton';
import { PanelHeader } from './PanelHeader';

interface Props {
  data: AtlasData;
  overlays?: Overlays;
  ags: string;
  lang: Lang;
}

/** A municipality: key figures, its institutions by cluster, the clusters and corridors it belongs to. */
export function MunicipalityPanel({ data, overlays, ags, lang }: Props) {
  const t = translator(lang);
  const m = data.byAgs.get(ags);
  if (!m) return null;
  const population = data.population.get(ags);
  const here = institutionsIn(ags, data.institutions);
  const focusOf = focusClustersOf(data.clusters, [ags]);
  const corridors = (overlays?.corridors ?? []).filter((c) => c.municipalities.includes(ags));
  return (
    <section className="panel" aria-live="polite" data-testid="panel">
      <PanelHeader title={m.name} kicker={m.kreisfrei ? t('kreisfreieStadt') : t('municipality')} />
      {!m.kreisfrei && (
        <p className="kreis-line">
          {t('partOfKreis')} <ItemButton target={{ kind: 'kreis', id: kreisKeyOf(ags) }}>{m.kreis}</ItemButton>
        </p>
      )}
      <dl className="facts">
        {population !== undefined && (
          <>
            <dt>{t('population')}</dt>
            <dd>{formatNumber(lang, population)}</dd>
            <dt>{t('density')}</dt>
            <dd>{formatNumber(lang, population / m.areaKm2)}</dd>
          </>
        )}
        <dt>{t('area')}</dt>
        <dd>
          {formatNumber(lang, m.areaKm2, 1)} {t('km2')}
        </dd>
        <dt>{t('ags')}</dt>
        <dd>
          <code>{m.ags}</code>
        </dd>
      </dl>
      <p className="button-row">
        <CompareButton id={ags} />
        {!m.kreisfrei && <CompareButton id={kreisKeyOf(ags)} kind="kreis" name={m.kreis} />}
      </p>
      {focusOf.length > 0 && (
        <p>
          {t('clusterFocusOf')}:{' '}
          {focusOf.map((c) => (
            <ItemButton key={c.id} target={{ kind: 'cluster', id: c.id }} colour={c.color}>
              {say(lang, c.name)}
            </ItemButton>
          ))}
        </p>
      )}
      {corridors.length > 0 && (
        <p>
          {t('corridorsHere')}:{' '}
          {corridors.map((c) => {
            const corridor = data.corridors.find((x) => x.id === c.id)!;
            return (
              <ItemButton key={c.id} target={{ kind: 'corridor', id: c.id }}>
                {say(lang, corridor.name)}
              </ItemButton>
            );
          })}
        </p>
      )}
      <h3>{t('institutionsByCluster')}</h3>
      {here.length === 0 && <p className="hint">{t('noInstitutions')}</p>}
      {data.clusters.map((c) => {
        const list = here.filter((i) => i.clusters.includes(c.id));
        if (list.length === 0) return null;
        return (
          <div key={c.id} className="group">
            <h4>
              <span className="swatch" style={{ background: c.color }} aria-hidden="true" />
              {say(lang, c.name)} ({list.length})
            </h4>
            <ul className="plain">
              {list.map((i) => (
                <li key={i.id}>
                  <ItemButton target={{ kind: 'institution', id: i.id }}>{say(lang, i.name)}</ItemButton>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      <p className="source">
        {t('sourceLabel')}: {t('geodataSource')}; {t('population')}: {data.populationSource.publisher}, {data.populationSource.title} (
        {data.populationSource.licence})
      </p>
    </section>
  );
}
