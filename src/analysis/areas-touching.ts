import booleanIntersects from '@turf/boolean-intersects';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { MunicipalityFeature } from '../domain/municipality';

/** AGS of the municipalities that the area touches or overlaps, in input order. */
export function municipalitiesTouching(area: Feature<Polygon | MultiPolygon>, municipalities: readonly MunicipalityFeature[]): string[] {
  return municipalities.filter((m) => booleanIntersects(area, m)).map((m) => m.properties.ags);
}
