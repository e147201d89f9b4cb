import type { Overlays } from '../domain/overlays';
import type { AtlasData } from '../domain/atlas-data';
import { translate } from '../lib/i18n';
import { useAppStore } from '../store/app-store';
import { ClusterPanel } from './ClusterPanel';
import { CorridorPanel } from './CorridorPanel';
import { InstitutionPanel } from './InstitutionPanel';
import { KreisPanel } from './KreisPanel';
import { MunicipalityPanel } from './MunicipalityPanel';

/** Shows the panel for whatever is selected, or a hint. */
export function SelectionPanel({ data, overlays }: { data: AtlasData; overlays?: Overlays }) {
  const selection = useAppStore((s) => s.selection);
  const lang = useAppStore((s) => s.lang);
  switch (selection?.kind) {
    case 'municipality': return <MunicipalityPanel data={data} overlays={overlays} ags={selection.id} lang={lang} />;
    case 'kreis': return <KreisPanel data={data} id={selection.id} lang={lang} />;
    case 'institution': return <InstitutionPanel data={data} id={selection.id} lang={lang} />;
    case 'corridor': return <CorridorPanel data={data} overlays={overlays} id={selection.id} lang={lang} />;
    case 'cluster': return <ClusterPanel data={data} id={selection.id} lang={lang} />;
    default:
      return (
        <section className="panel" data-testid="panel">
          <p className="hint">{translate(lang, 'selectHint')}</p>
        </section>
      );
  }
}
