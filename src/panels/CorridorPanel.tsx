import type { Overlays } from '../analysis/derive-overlays';
import type { AtlasData } from '../domain/atlas-data';
import { translator, type Lang } from '../lib/i18n';
import { localized } from '../lib/localized';
import { ItemButton } from './ItemButton';
import { PanelHeader } from './PanelHeader';
import { SourceList } from './SourceList';

interface Props { data: AtlasData; overlays?: Overlays; id: string; lang: Lang }

/** A corridor: its story, and which municipalities and institutions lie in it (computed). */
export function CorridorPanel({ data, overlays, id, lang }: Props) {
  const t = translator(lang);
  const corridor = data.corridors.find((c) => c.id === id);
  const overlay = overlays?.corridors.find((c) => c.id === id);
  if (!corridor || !overlay) return null;
  return (
    <section className="panel" aria-live="polite" data-testid="panel">
      <PanelHeader title={localized(lang, corridor, 'name')} kicker={`${t('layerCorridors')} · ${corridor.year}`} />
      <p>{localized(lang, corridor, 'description')}</p>
      <h3>{t('corridorMunicipalities')} ({overlay.municipalities.length})</h3>
      <p className="chips">
        {overlay.municipalities.map((ags) => <ItemButton key={ags} target={{ kind: 'municipality', id: ags }}>{data.byAgs.get(ags)!.name}</ItemButton>)}
      </p>
      <h3>{t('corridorInstitutions')} ({overlay.institutions.length})</h3>
      <ul className="plain" data-testid="corridor-institutions">
        {overlay.institutions.map((iid) => {
          const inst = data.institutionsById.get(iid)!;
          const colour = data.clustersById.get(inst.clusters[0]!)?.color;
          return <li key={iid}><ItemButton target={{ kind: 'institution', id: iid }} colour={colour}>{lang === 'de' ? inst.name : inst.name_en}</ItemButton></li>;
        })}
      </ul>
      <p className="hint">{t('corridorBandNote').replace('{km}', String(data.corridorBandKm))}</p>
      <SourceList ids={corridor.sources} sources={data.sources} label={t('sources')} />
    </section>
  );
}
