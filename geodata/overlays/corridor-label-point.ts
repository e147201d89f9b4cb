import turfAlong from '@turf/along';
import { lineString } from '@turf/helpers';
import turfLength from '@turf/length';
import type { Position } from 'geojson';

/**
 * Where a corridor's name goes: `fraction` of the way along an open line, or the mean of the
 * anchors for a closed ring (inside the triangle).
 */
export function corridorLabelPoint(anchors: Position[], closed: boolean, fraction: number): [number, number] {
  if (closed) {
    const lon = anchors.reduce((s, p) => s + p[0]!, 0) / anchors.length;
    const lat = anchors.reduce((s, p) => s + p[1]!, 0) / anchors.length;
    return [lon, lat];
  }
  const line = lineString(anchors);
  const point = turfAlong(line, turfLength(line) * fraction);
  return [point.geometry.coordinates[0]!, point.geometry.coordinates[1]!];
}
