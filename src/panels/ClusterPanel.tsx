import type { AtlasData } from '../domain/atlas-data';
import { translator, type Lang } from '../i18n/i18n';
import { say } from '../i18n/localized';
import { ItemButton } from './ItemButton';
import { PanelHeader } from './PanelHeader';
import { SourceList } from '../ui/SourceList';

interface Props {
  data: AtlasData;
  id: string;
  lang: Lang;
}

/** A cluster: its story from the sources, key facts, focus municipalities and institutions. */
export function ClusterPanel({ data, id, lang }: Props) {
  const t = translator(lang);
  const cluster = data.clustersById.get(id);
  if (!cluster) return null;
  const members = data.institutions.filter((i) => i.clusters.includes(id));
  // Places that had closed by the year shown stay listed; merged-away ones point to their successor.
  const sourceIds = [...new Set([...cluster.focusSources, ...cluster.facts.map((f) => f.source)])];
  return (
    <section className="panel" aria-live="polite" data-testid="panel">
      <PanelHeader title={say(lang, cluster.name)} kicker={t('clusters')} />
      <p>{say(lang, cluster.description)}</p>
      <h3>{t('facts')}</h3>
      <ul>
        {cluster.facts.map((f) => (
          <li key={f.text.de}>
            {say(lang, f.text)} <span className="cite">[{data.sources[f.source]?.date.slice(0, 4)}]</span>
          </li>
        ))}
      </ul>
      <h3>{t('focusMunicipalities')}</h3>
      <p className="chips">
        {cluster.focusAgs.length === 0 && t('wholeRegion')}
        {cluster.focusAgs.map((ags) => (
          <ItemButton key={ags} target={{ kind: 'municipality', id: ags }}>
            {data.byAgs.get(ags)!.name}
          </ItemButton>
        ))}
      </p>
      <h3>
        {t('institutions')} ({members.length})
      </h3>
      <ul className="plain">
        {members.map((i) => (
          <li key={i.id}>
            <ItemButton target={{ kind: 'institution', id: i.id }} colour={cluster.color}>
              {say(lang, i.name)} · {data.byAgs.get(i.ags)!.name}
            </ItemButton>
          </li>
        ))}
      </ul>
      {cluster.membersWithoutPoint.length > 0 && (
        <>
          <h3>
            {t('withoutPoint')} ({cluster.membersWithoutPoint.length})
          </h3>
          <p className="note">{t('withoutPointNote')}</p>
          <ul className="plain" data-testid="members-without-point">
            {cluster.membersWithoutPoint.map((w) => (
              <li key={w.id}>
                <strong>{say(lang, w.name)}</strong>
                {w.aliases.length > 0 && ` (${w.aliases.join(', ')})`}
                {w.seatTown && ` · ${t('seatIn').replace('{town}', w.seatTown)}`}
                {w.founded !== null && ` · ${t('founded')} ${w.founded}`}
                <br />
                {say(lang, w.description)}{' '}
                <a className="cite" href={w.source.url} target="_blank" rel="noopener noreferrer">
                  [{new URL(w.source.url).hostname}]
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      <SourceList ids={sourceIds} sources={data.sources} label={t('sources')} />
    </section>
  );
}
