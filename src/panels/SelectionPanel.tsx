import type { Overlays } from '../domain/overlays';
import type { AtlasData } from '../domain/atlas-data';
import { translate } from '../i18n/i18n';
import { useAppStore } from '../store/app-store';
import { lazy, Suspense, type ReactNode } from 'react';

// Each panel is a chunk of its own, loaded with the first selection of its kind: the first view
// (the map with no selection) does not carry them.
const ClusterPanel = lazy(() => import('./ClusterPanel').then((m) => ({ default: m.ClusterPanel })));
const CorridorPanel = lazy(() => import('./CorridorPanel').then((m) => ({ default: m.CorridorPanel })));
const InstitutionPanel = lazy(() => import('./InstitutionPanel').then((m) => ({ default: m.InstitutionPanel })));
const KreisPanel = lazy(() => import('./KreisPanel').then((m) => ({ default: m.KreisPanel })));
const MunicipalityPanel = lazy(() => import('./MunicipalityPanel').then((m) => ({ default: m.MunicipalityPanel })));

const loading = <section className="panel" aria-busy="true" />;
const suspended = (panel: ReactNode) => <Suspense fallback={loading}>{panel}</Suspense>;

/** Shows the panel for whatever is selected, or a hint. */
export function SelectionPanel({ data, overlays }: { data: AtlasData; overlays?: Overlays }) {
  const selection = useAppStore((s) => s.selection);
  const lang = useAppStore((s) => s.lang);
  switch (selection?.kind) {
    case 'municipality':
      return suspended(<MunicipalityPanel data={data} overlays={overlays} ags={selection.id} lang={lang} />);
    case 'kreis':
      return suspended(<KreisPanel data={data} id={selection.id} lang={lang} />);
    case 'institution':
      return suspended(<InstitutionPanel data={data} id={selection.id} lang={lang} />);
    case 'corridor':
      return suspended(<CorridorPanel data={data} overlays={overlays} id={selection.id} lang={lang} />);
    case 'cluster':
      return suspended(<ClusterPanel data={data} id={selection.id} lang={lang} />);
    default:
      return (
        <section className="panel" data-testid="panel">
          <p className="hint">{translate(lang, 'selectHint')}</p>
        </section>
      );
  }
}
