import { institutionStatus } from '../analysis/institution-status';
import type { AtlasData } from '../domain/atlas-data';
import type { Cited, Institution } from '../domain/institution';
import { translator, type Lang, type StringKey } from '../i18n/i18n';
import { say } from '../i18n/localized';
import { useAppStore } from '../store/app-store';
import { ItemButton } from './ItemButton';
import { PanelHeader } from './PanelHeader';

interface Props {
  data: AtlasData;
  id: string;
  lang: Lang;
}

/** A link to the original publication, named by its host, with the words read there. */
function CitedLink({ cited, label }: { cited: Cited; label: string }) {
  return (
    <li>
      {label}:{' '}
      <a href={cited.url} target="_blank" rel="noopener noreferrer">
        {new URL(cited.url).hostname}
      </a>{' '}
      – „{cited.text}“
    </li>
  );
}

/** "Gegründet 2009 · seit 2025 Teil der Hochschule Bochum", in the year the map shows. */
function StatusLine({ inst, data, lang, year }: { inst: Institution; data: AtlasData; lang: Lang; year: number | null }) {
  const t = translator(lang);
  const end = inst.ended;
  if (!end) return <>{inst.founded ?? '–'}</>;
  const status = institutionStatus(inst, year);
  const into = end.intoId ? data.institutionsById.get(end.intoId) : undefined;
  const what = say(lang, end.into);
  return (
    <>
      {inst.founded ?? '–'}
      {' · '}
      <span data-testid="institution-end">
        {t(`ended_${end.kind}` as StringKey).replace('{year}', String(end.year))}: {what}
        {into && (
          <>
            {' '}
            (<ItemButton target={{ kind: 'institution', id: into.id }}>{say(lang, into.name)}</ItemButton>)
          </>
        )}
        {status === 'active' && year !== null && <> – {t('endedLater').replace('{year}', String(year))}</>}
      </span>
    </>
  );
}

/** One institution: what it is, when it was founded and ended, its clusters, how its point was found. */
export function InstitutionPanel({ data, id, lang }: Props) {
  const t = translator(lang);
  const year = useAppStore((s) => s.year);
  const inst = data.institutionsById.get(id);
  if (!inst) return null;
  const m = data.byAgs.get(inst.ags)!;
  const precision = t(`precision_${inst.precision}` as StringKey).replace('{site}', inst.site?.name ?? '');
  return (
    <section className="panel" aria-live="polite" data-testid="panel">
      <PanelHeader title={say(lang, inst.name)} kicker={t(`cat_${inst.category}` as StringKey)} />
      {inst.aliases.length > 0 && <p className="aliases">{inst.aliases.join(' · ')}</p>}
      <p>{say(lang, inst.description)}</p>
      {inst.facts.length > 0 && (
        <ul>
          {inst.facts.map((f) => (
            <li key={f.text.de}>{say(lang, f.text)}</li>
          ))}
        </ul>
      )}
      <dl className="facts">
        <dt>{t('municipality')}</dt>
        <dd>
          <ItemButton target={{ kind: 'municipality', id: m.ags }}>{m.name}</ItemButton>
        </dd>
        <dt>{t('founded')}</dt>
        <dd>
          <StatusLine inst={inst} data={data} lang={lang} year={year} />
        </dd>
        <dt>{t('clusters')}</dt>
        <dd>
          {inst.clusters.map((c) => {
            const cluster = data.clustersById.get(c)!;
            return (
              <ItemButton key={c} target={{ kind: 'cluster', id: c }} colour={cluster.color}>
                {say(lang, cluster.name)}
              </ItemButton>
            );
          })}
        </dd>
        <dt>{t('precision')}</dt>
        <dd data-testid="institution-precision">
          {precision}
          {inst.seat && <> · {t('registeredSeat')}</>}
        </dd>
        {inst.url && (
          <>
            <dt>{t('website')}</dt>
            <dd>
              <a href={inst.url} target="_blank" rel="noopener noreferrer">
                {new URL(inst.url).hostname}
              </a>
            </dd>
          </>
        )}
      </dl>
      <div className="source" data-testid="institution-sources">
        {t('sources')}:
        <ul>
          <CitedLink cited={inst.source} label={inst.site ? t('siteCoordinateSource') : t('coordinateSource')} />
          {inst.site && <CitedLink cited={inst.site.located} label={t('siteSource')} />}
          {inst.foundedSource && <CitedLink cited={inst.foundedSource} label={t('foundedSource')} />}
          {inst.ended && <CitedLink cited={inst.ended.source} label={t('endedSource')} />}
          {inst.facts.map((f) => (
            <CitedLink key={f.text.de} cited={f.source} label={say(lang, f.text)} />
          ))}
          {inst.secondSource && <CitedLink cited={inst.secondSource} label={t('secondSource')} />}
        </ul>
      </div>
    </section>
  );
}
