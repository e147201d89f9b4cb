import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { Hover, Selection } from '../store/selection-slice';

/** What lies under the pointer above the municipalities: an institution icon, an own point or a corridor band. */
export type OverlayTarget = { kind: 'institution' | 'corridor' | 'point'; id: string };
export type TargetAt = (x: number, y: number) => OverlayTarget | undefined;

interface OverlayHandlers {
  onHover: (hover: Hover | undefined) => void;
  onSelect: (selection: Selection) => void;
}

/**
 * Hover and click on institutions and corridor bands, found on the CPU by `targetAt` (undefined
 * until the data layers are there). Bound before the municipalities' handlers, so those can leave
 * the pointer's cursor to a target under it.
 */
export function bindOverlayInteractions(map: MapLibreMap, targetAt: () => TargetAt | undefined, handlers: OverlayHandlers): () => void {
  const at = (e: MapMouseEvent) => targetAt()?.(e.point.x, e.point.y);
  // Where the pointer rests: after the camera moves (a flight, a link), what lies under it changed.
  let pointer: { x: number; y: number } | undefined;
  const hoverAt = (x: number, y: number) => {
    const target = targetAt()?.(x, y);
    handlers.onHover(target);
    map.getCanvas().style.cursor = target ? 'pointer' : '';
  };
  const onMove = (e: MapMouseEvent) => {
    pointer = { x: e.point.x, y: e.point.y };
    hoverAt(pointer.x, pointer.y);
  };
  const onOut = () => {
    pointer = undefined;
    handlers.onHover(undefined);
  };
  const onMoveEnd = () => {
    if (pointer) hoverAt(pointer.x, pointer.y);
  };
  const onClick = (e: MapMouseEvent) => {
    const target = at(e);
    // An own point has no panel: a click on it selects the municipality beneath (its handler).
    if (target && target.kind !== 'point') handlers.onSelect({ kind: target.kind, id: target.id });
  };
  map.on('mousemove', onMove);
  map.on('mouseout', onOut);
  map.on('moveend', onMoveEnd);
  map.on('click', onClick);
  return () => {
    map.off('moveend', onMoveEnd);
    map.off('mousemove', onMove);
    map.off('mouseout', onOut);
    map.off('click', onClick);
  };
}
