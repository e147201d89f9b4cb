import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { CorridorOverlay } from '../domain/overlays';

/**
 * The corridor band under a map pixel, found on the CPU: the pixel's coordinate tested against the
 * few visible bands, the last drawn (topmost) first. Replaces deck.gl's GPU picking, which draws
 * the layers again and reads pixels back on every pointer move.
 */
export function corridorAt(map: MapLibreMap, visible: readonly CorridorOverlay[], x: number, y: number): CorridorOverlay | undefined {
  if (visible.length === 0 || x < 0 || y < 0) return undefined;
  const { lng, lat } = map.unproject([x, y]);
  for (let i = visible.length - 1; i >= 0; i--) {
    if (booleanPointInPolygon([lng, lat], visible[i]!.band)) return visible[i];
  }
  return undefined;
}
