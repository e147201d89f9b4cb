import type KDBush from 'kdbush';

/** The points a map draws of a set it cannot draw whole: those in view, or a sample of them. */
interface PointSample {
  /** The points to draw, by index into the set. */
  ids: Uint32Array;
  /** Shown points in the box: all of them are drawn when there are at most `budget`. */
  inView: number;
}

/** A fixed pseudo-random rank per point (an integer hash of its index), so a sample is stable. */
function pointRank(i: number): number {
  let h = Math.imul(i ^ 0x9e3779b9, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The shown points in a box (west, south, east, north), at most about `budget` of them: all when
 * they fit, else those whose fixed rank falls under the share that fits. The same points stay
 * drawn as the box moves, so panning adds points at the edges and never reshuffles the middle,
 * and zooming in shows more of them until all are there.
 */
export function samplePoints(
  index: KDBush,
  box: readonly [number, number, number, number],
  shown: (i: number) => boolean,
  budget: number,
): PointSample {
  const found = index.range(box[0], box[1], box[2], box[3]);
  const inBox = new Uint32Array(found.length);
  let inView = 0;
  for (const i of found) if (shown(i)) inBox[inView++] = i;
  if (inView <= budget) return { ids: inBox.slice(0, inView).sort(), inView };
  const below = (budget / inView) * 2 ** 32;
  const ids = new Uint32Array(budget);
  let n = 0;
  for (let j = 0; j < inView && n < budget; j++) if (pointRank(inBox[j]!) < below) ids[n++] = inBox[j]!;
  return { ids: ids.slice(0, n).sort(), inView };
}
