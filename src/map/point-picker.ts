import KDBush from 'kdbush';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { pointFilter, type HiddenPointValues } from '../analysis/point-counts';
import type { PointSet } from '../domain/point-set';

/** Pixels around a point's dot that still count as on it. */
const REACH_PX = 6;

/**
 * The shown point nearest to a map pixel, within reach, found on the CPU: the set's static index
 * (built in the import's worker) gives the few points in a small box around the pointer; hidden
 * ones, and those not drawn (`isDrawn`), are skipped. Constant time per pointer move, a million
 * points or ten.
 */
export function pointPicker(
  map: MapLibreMap,
  points: PointSet,
  hidden: HiddenPointValues,
  isDrawn: (i: number) => boolean = () => true,
): (x: number, y: number) => number | undefined {
  const index = KDBush.from(points.index);
  const shown = pointFilter(points, hidden);
  return (x, y) => {
    const corners = [
      map.unproject([x - REACH_PX, y - REACH_PX]),
      map.unproject([x + REACH_PX, y + REACH_PX]),
      map.unproject([x - REACH_PX, y + REACH_PX]),
      map.unproject([x + REACH_PX, y - REACH_PX]),
    ];
    const lngs = corners.map((c) => c.lng);
    const lats = corners.map((c) => c.lat);
    let best: number | undefined;
    let bestDistance = Infinity;
    const ids = index.range(Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats));
    // A crowded box (a million points, zoomed out): the nearest of the first thousand will do.
    for (let n = 0; n < ids.length && n < 1000; n++) {
      const i = ids[n]!;
      if (!shown(i) || !isDrawn(i)) continue;
      const p = map.project([points.positions[2 * i]!, points.positions[2 * i + 1]!]);
      const d = Math.hypot(p.x - x, p.y - y);
      if (d <= REACH_PX && d < bestDistance) {
        best = i;
        bestDistance = d;
      }
    }
    return best;
  };
}
