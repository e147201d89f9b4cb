import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

/** The items whose position lies inside the area (on the border counts as inside). */
export function pointsInArea<T extends { position: [number, number] }>(area: Feature<Polygon | MultiPolygon>, items: readonly T[]): T[] {
  return items.filter((item) => booleanPointInPolygon(item.position, area));
}
