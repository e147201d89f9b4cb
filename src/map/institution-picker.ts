import KDBush from 'kdbush';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Institution } from '../domain/institution';
import { fanOffsets } from '../layers/fan-offsets';
import { ICON_MAX_PX, iconPixelSize } from '../layers/icon-size';

/** Pixels around an icon that still count as on it (what deck.gl's pickingRadius did). */
const PICK_RADIUS_PX = 6;
/** The largest distance from a pointer to an icon's centre that can hit: half the largest icon, plus the radius. */
const MAX_REACH_PX = ICON_MAX_PX / 2 + PICK_RADIUS_PX;

export type InstitutionAt = (x: number, y: number) => Institution | undefined;

/**
 * The institution under a map pixel, found on the CPU: a static index of the points (kdbush),
 * the few within reach projected to the screen, the nearest whose drawn icon (plus the pick
 * radius) covers the pixel. Constant time per pointer move, whatever the number of points and
 * however slow the GPU.
 */
export function institutionPicker(map: MapLibreMap, institutions: readonly Institution[]): InstitutionAt {
  if (institutions.length === 0) return () => undefined;
  const index = new KDBush(institutions.length);
  for (const inst of institutions) index.add(inst.position[0], inst.position[1]);
  index.finish();
  // Icons that share a point are drawn fanned out around it (fan-offsets.ts): reach that far too.
  const offsets = fanOffsets(institutions);
  const fan = Math.max(0, ...[...offsets.values()].map(([dx, dy]) => Math.hypot(dx, dy)));
  const reach = MAX_REACH_PX + fan * ICON_MAX_PX;
  return (x, y) => {
    if (x < 0 || y < 0) return undefined;
    // The pixel box within reach, as longitudes and latitudes (corners, so a rotated map works too).
    const corners = [
      [-1, -1],
      [1, -1],
      [1, 1],
      [-1, 1],
    ].map(([dx, dy]) => map.unproject([x + dx! * reach, y + dy! * reach]));
    const lngs = corners.map((c) => c.lng);
    const lats = corners.map((c) => c.lat);
    const zoom = map.getZoom();
    let best: Institution | undefined;
    let bestDistance = Infinity;
    for (const i of index.range(Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats))) {
      const inst = institutions[i]!;
      const p = map.project(inst.position);
      const size = iconPixelSize(zoom, inst.position[1]);
      const [fx, fy] = offsets.get(inst.id) ?? [0, 0];
      const distance = Math.hypot(p.x + fx * size - x, p.y + fy * size - y);
      if (distance <= size / 2 + PICK_RADIUS_PX && distance < bestDistance) {
        best = inst;
        bestDistance = distance;
      }
    }
    return best;
  };
}
