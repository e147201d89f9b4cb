import turfBuffer from '@turf/buffer';
import { featureCollection, point } from '@turf/helpers';
import turfUnion from '@turf/union';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

/**
 * Where a cluster concentrates: the union of discs of `radiusKm` around its institutions, so
 * places with several institutions merge into one area and lone points stay small.
 * Returns null for a cluster without institutions.
 */
export function clusterFocusArea(positions: readonly [number, number][], radiusKm: number): Feature<Polygon | MultiPolygon> | null {
  const discs = positions
    .map((p) => turfBuffer(point(p), radiusKm, { units: 'kilometers', steps: 16 }))
    .filter((d): d is Feature<Polygon | MultiPolygon> => d !== undefined);
  if (discs.length === 0) return null;
  if (discs.length === 1) return discs[0]!;
  return turfUnion(featureCollection(discs));
}
