import type { Map as MapLibreMap, MapLayerMouseEvent } from 'maplibre-gl';
import type { Hover } from '../store/selection-slice';
import { LAYER, SOURCE, selectedLineLayer } from '../layers/base-style';

interface InteractionHandlers {
  onHover: (hover: Hover | undefined) => void;
  onSelect: (ags: string | undefined) => void;
  /** The municipalities lit together with the hovered one: itself, or its Kreis while the map is coloured per Kreis. */
  hoverGroupOf: (ags: string) => readonly string[];
  /** True when a deck.gl object (institution, corridor) lies under the pointer: it wins. */
  isOverlayObjectAt: (x: number, y: number) => boolean;
  /** Whether a click there selects that object (an own point has no panel: the click goes to the municipality). */
  isSelectableOverlayAt: (x: number, y: number) => boolean;
}

function agsOf(event: MapLayerMouseEvent): string | undefined {
  const id = event.features?.[0]?.id;
  return typeof id === 'string' ? id : undefined;
}

/** Wires hover (feature-state + tooltip) and click selection on the municipality polygons. */
export function bindMunicipalityInteractions(map: MapLibreMap, handlers: InteractionHandlers): () => void {
  let hovered: string | undefined;
  let lit: readonly string[] = [];
  const setHoverState = (ags: string | undefined) => {
    const group = ags ? handlers.hoverGroupOf(ags) : [];
    if (hovered === ags && group.length === lit.length) return;
    for (const id of lit) map.setFeatureState({ source: SOURCE.base, id }, { hover: false });
    for (const id of group) map.setFeatureState({ source: SOURCE.base, id }, { hover: true });
    hovered = ags;
    lit = group;
  };
  const onMove = (e: MapLayerMouseEvent) => {
    if (handlers.isOverlayObjectAt(e.point.x, e.point.y)) {
      setHoverState(undefined);
      return;
    }
    const ags = agsOf(e);
    setHoverState(ags);
    map.getCanvas().style.cursor = ags ? 'pointer' : '';
    handlers.onHover(ags ? { kind: 'municipality', id: ags } : undefined);
  };
  const onLeave = () => {
    setHoverState(undefined);
    map.getCanvas().style.cursor = '';
    handlers.onHover(undefined);
  };
  const onClick = (e: MapLayerMouseEvent) => {
    if (!handlers.isSelectableOverlayAt(e.point.x, e.point.y)) handlers.onSelect(agsOf(e));
  };
  map.on('mousemove', LAYER.municipalityFill, onMove);
  map.on('mouseleave', LAYER.municipalityFill, onLeave);
  map.on('click', LAYER.municipalityFill, onClick);
  return () => {
    map.off('mousemove', LAYER.municipalityFill, onMove);
    map.off('mouseleave', LAYER.municipalityFill, onLeave);
    map.off('click', LAYER.municipalityFill, onClick);
  };
}

/** Marks the selected municipalities (one, or the members of a Kreis); the style draws them from feature-state. */
export function showSelection(map: MapLibreMap, previous: readonly string[], next: readonly string[]): void {
  for (const ags of previous) map.setFeatureState({ source: SOURCE.base, id: ags }, { selected: false });
  if (next.length === 0) return;
  if (!map.getLayer(LAYER.selectedLine)) map.addLayer(selectedLineLayer, LAYER.labels);
  for (const ags of next) map.setFeatureState({ source: SOURCE.base, id: ags }, { selected: true });
}
