import type { AtlasData } from '../domain/atlas-data';
import { translator, type Lang, type StringKey } from '../lib/i18n';
import { localized } from '../lib/localized';
import { ItemButton } from './ItemButton';
import { PanelHeader } from './PanelHeader';

interface Props { data: AtlasData; id: string; lang: Lang }

/** One institution: what it is, when it was founded, its clusters and where its data comes from. */
export function InstitutionPanel({ data, id, lang }: Props) {
  const t = translator(lang);
  const inst = data.institutionsById.get(id);
  if (!inst) return null;
  const m = data.byAgs.get(inst.ags)!;
  return (
    <section className="panel" aria-live="polite" data-testid="panel">
      <PanelHeader title={lang === 'de' ? inst.name : inst.name_en} kicker={t(`cat_${inst.category}` as StringKey)} />
      <p>{lang === 'de' ? inst.desc_de : inst.desc_en}</p>
      <dl className="facts">
        <dt>{t('municipality')}</dt>
        <dd><ItemButton target={{ kind: 'municipality', id: m.ags }}>{m.name}</ItemButton></dd>
        <dt>{t('founded')}</dt>
        <dd>{inst.founded ?? '–'}</dd>
        <dt>{t('clusters')}</dt>
        <dd>
          {inst.clusters.map((c) => {
            const cluster = data.clustersById.get(c)!;
            return <ItemButton key={c} target={{ kind: 'cluster', id: c }} colour={cluster.color}>{localized(lang, cluster, 'name')}</ItemButton>;
          })}
        </dd>
        {inst.url && (<>
          <dt>{t('website')}</dt>
          <dd><a href={inst.url} target="_blank" rel="noopener noreferrer">{new URL(inst.url).hostname}</a></dd>
        </>)}
      </dl>
      <div className="source">
        {t('sources')}:
        <ul>
          <li>{t('coordinateSource')}: <a href={inst.source} target="_blank" rel="noopener noreferrer">{new URL(inst.source).hostname}</a> – „{inst.source_text}“</li>
          {inst.founded_source && <li>{t('foundedSource')}: <a href={inst.founded_source} target="_blank" rel="noopener noreferrer">{new URL(inst.founded_source).hostname}</a></li>}
        </ul>
      </div>
    </section>
  );
}
