import { useMemo } from 'react';
import { compareColumns } from '../analysis/compare-table';
import { focusClustersOf } from '../analysis/focus-clusters';
import type { AtlasData } from '../domain/atlas-data';
import { formatNumber, translator, type Lang } from '../i18n/i18n';
import { say } from '../i18n/localized';
import { SpecializationTable } from '../ui/SpecializationTable';
import { CompareButton } from './CompareButton';
import { ItemButton } from './ItemButton';
import { PanelHeader } from './PanelHeader';

interface Props {
  data: AtlasData;
  id: string;
  lang: Lang;
}

/**
 * A Kreis (Wesel, Recklinghausen, Ennepe-Ruhr, Unna): its figures summed over the members, its
 * specialisation ranked among the 15 Kreise and kreisfreie Städte, and its municipalities.
 */
export function KreisPanel({ data, id, lang }: Props) {
  const t = translator(lang);
  const column = useMemo(() => compareColumns(data, [id])[0], [data, id]);
  if (!column || column.kind !== 'kreis') return null;
  const focus = focusClustersOf(data.clusters, column.members);
  return (
    <section className="panel" aria-live="polite" data-testid="panel">
      <PanelHeader title={column.name} kicker={`${t('kreis')} · ${column.members.length} ${t('municipalities')}`} />
      <dl className="facts">
        <dt>{t('population')}</dt>
        <dd>{formatNumber(lang, column.population)}</dd>
        <dt>{t('density')}</dt>
        <dd>{formatNumber(lang, column.density)}</dd>
        <dt>{t('area')}</dt>
        <dd>
          {formatNumber(lang, column.areaKm2, 1)} {t('km2')}
        </dd>
        <dt>{t('institutions')}</dt>
        <dd>{column.institutions}</dd>
        <dt>{t('kreisKey')}</dt>
        <dd>
          <code>{column.id}</code>
        </dd>
      </dl>
      <p className="button-row">
        <CompareButton id={column.id} kind="kreis" name={column.name} />
      </p>
      {focus.length > 0 && (
        <p>
          {t('focusOf')}:{' '}
          {focus.map((c) => (
            <ItemButton key={c.id} target={{ kind: 'cluster', id: c.id }} colour={c.color}>
              {say(lang, c.name)}
            </ItemButton>
          ))}
        </p>
      )}
      <h3>{t('specializationTitle')}</h3>
      <SpecializationTable data={data} column={column} lang={lang} />
      <p className="legend-note">
        {t('lqNote')} * {t('uncertainNote')} {t('rankKreisNote')}.
      </p>
      <h3>
        {t('kreisMembers')} ({column.members.length})
      </h3>
      <ul className="plain" data-testid="kreis-members">
        {column.members.map((ags) => (
          <li key={ags}>
            <ItemButton target={{ kind: 'municipality', id: ags }}>{data.byAgs.get(ags)!.name}</ItemButton>
          </li>
        ))}
      </ul>
      <p className="source">
        {t('sourceLabel')}: {t('geodataSource')}; {t('population')}: {data.populationSource.publisher}, {data.populationSource.title} (
        {data.populationSource.licence})
      </p>
    </section>
  );
}
