import turfArea from '@turf/area';
import { featureCollection } from '@turf/helpers';
import turfIntersect from '@turf/intersect';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

/** Share (0–1) of an area's surface that lies inside a band. */
export function areaShareInside(band: Feature<Polygon | MultiPolygon>, area: Feature<Polygon | MultiPolygon>): number {
  const inside = turfIntersect(featureCollection([band, area]));
  if (!inside) return 0;
  return Math.min(1, turfArea(inside) / turfArea(area));
}
