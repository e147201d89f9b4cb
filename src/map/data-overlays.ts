import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Overlays } from '../domain/overlays';
import { visibleCorridors } from '../analysis/visible-corridors';
import type { AtlasData } from '../domain/atlas-data';
import { say } from '../i18n/localized';
import { useAppStore, type AppState, type AppStore } from '../store/app-store';
import { corridorEdgeOf } from '../layers/corridor-edge';
import { showClusterArea } from '../layers/cluster-area';
import { markCorridorBands, showCorridorBands } from '../layers/corridor-bands';
import { showCorridorLabels, type CorridorLabel } from '../layers/corridor-labels';

const selectedOf = (s: AppState, kind: 'corridor' | 'cluster') => (s.selection?.kind === kind ? s.selection.id : undefined);
const hoveredCorridor = (s: AppState) => (s.hover?.kind === 'corridor' ? s.hover.id : undefined);

/** The names of the visible corridors, in the chosen language, the selected one marked. */
function corridorLabels(data: AtlasData, overlays: Overlays, s: AppState): CorridorLabel[] {
  const selectedId = selectedOf(s, 'corridor');
  return visibleCorridors(overlays, s.hiddenCorridors).map((c) => ({
    id: c.id,
    name: say(s.lang, data.corridors.find((x) => x.id === c.id)!.name),
    point: c.labelPoint,
    selected: c.id === selectedId,
  }));
}

function showArea(map: MapLibreMap, data: AtlasData, overlays: Overlays, s: AppState): void {
  const id = selectedOf(s, 'cluster');
  const area = id && !s.hiddenClusters.includes(id) ? overlays.clusterAreas.find((a) => a.id === id) : undefined;
  showClusterArea(map, area, (id && data.clustersById.get(id)?.color) || '#888888');
}

/**
 * What MapLibre draws from the derived overlays, kept in step with the store: the corridor bands
 * and names and the selected cluster's area. Returns the unsubscribe.
 */
export function bindDataOverlays(map: MapLibreMap, data: AtlasData, overlays: Overlays, store: AppStore = useAppStore): () => void {
  const ids = overlays.corridors.map((c) => c.id);
  const markBands = (s: AppState) => markCorridorBands(map, ids, selectedOf(s, 'corridor'), hoveredCorridor(s));
  const start = store.getState();
  const edgeOf = (id: string) => corridorEdgeOf(data.corridors, id);
  showCorridorBands(map, visibleCorridors(overlays, start.hiddenCorridors), edgeOf);
  markBands(start);
  showArea(map, data, overlays, start);
  showCorridorLabels(map, corridorLabels(data, overlays, start));
  return store.subscribe((s, prev) => {
    if (s.hiddenCorridors !== prev.hiddenCorridors) showCorridorBands(map, visibleCorridors(overlays, s.hiddenCorridors), edgeOf);
    if (selectedOf(s, 'corridor') !== selectedOf(prev, 'corridor') || hoveredCorridor(s) !== hoveredCorridor(prev)) markBands(s);
    if (selectedOf(s, 'cluster') !== selectedOf(prev, 'cluster') || s.hiddenClusters !== prev.hiddenClusters)
      showArea(map, data, overlays, s);
    // Not on every selection: a new label source is cut into tiles again in MapLibre's worker.
    if (s.lang !== prev.lang || s.hiddenCorridors !== prev.hiddenCorridors || selectedOf(s, 'corridor') !== selectedOf(prev, 'corridor'))
      showCorridorLabels(map, corridorLabels(data, overlays, s));
  });
}
