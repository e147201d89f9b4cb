import turfBuffer from '@turf/buffer';
import { lineString } from '@turf/helpers';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * The band of a corridor: a line through its anchor points (closed into a ring for a triangle),
 * buffered by `halfWidthKm` on each side.
 */
export function corridorBand(anchors: Position[], closed: boolean, halfWidthKm: number): Feature<Polygon | MultiPolygon> {
  if (anchors.length < 2) throw new Error('a corridor needs at least two anchors');
  const path = closed ? [...anchors, anchors[0]!] : anchors;
  const band = turfBuffer(lineString(path), halfWidthKm, { units: 'kilometers', steps: 12 });
  if (!band) throw new Error('buffer failed');
  return band;
}
