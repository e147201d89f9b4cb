import type { PointSet } from '../domain/point-set';

/** Per filter column, the codes switched off. */
export type HiddenPointValues = readonly (readonly number[])[];

/** Per column, 1 for each value switched off. */
const offMasks = (points: PointSet, hidden: HiddenPointValues) =>
  points.columns.map((c, j) => {
    const mask = new Uint8Array(c.values.length);
    for (const code of hidden[j] ?? []) mask[code] = 1;
    return mask;
  });

/** Whether point i passes every column's filter; a tight loop over the codes, no object per point. */
export function pointFilter(points: PointSet, hidden: HiddenPointValues): (i: number) => boolean {
  const k = points.columns.length;
  const off = offMasks(points, hidden);
  if (!off.some((m) => m.includes(1))) return () => true;
  return (i) => {
    for (let j = 0; j < k; j++) if (off[j]![points.codes[i * k + j]!]) return false;
    return true;
  };
}

interface PointTally {
  /** Shown points per municipality, in the municipalities' order. */
  perMunicipality: Float64Array;
  /** Shown points outside the RVR. */
  outside: number;
  shown: number;
  /** Per column and value: the points that pass the other columns' filters (what switching it on would show). */
  perValue: number[][];
}

let last: { points: PointSet; hidden: HiddenPointValues; municipalities: number; tally: PointTally } | undefined;

/**
 * Everything the filters change, in one pass over the points: a point failing no column is shown
 * and counted in its municipality; one failing a single column counts for that column's value
 * only. A million points take a few milliseconds; the last answer is kept for the next reader.
 */
export function pointTally(points: PointSet, hidden: HiddenPointValues, municipalities: number): PointTally {
  if (last && last.points === points && last.hidden === hidden && last.municipalities === municipalities) return last.tally;
  const k = points.columns.length;
  const off = offMasks(points, hidden);
  const perMunicipality = new Float64Array(municipalities);
  const perValue = points.columns.map((c) => new Array<number>(c.values.length).fill(0));
  let outside = 0;
  let shown = 0;
  const { codes, municipality } = points;
  for (let i = 0; i < points.count; i++) {
    let failed = -1;
    let fails = 0;
    for (let j = 0; j < k; j++) {
      if (off[j]![codes[i * k + j]!]) {
        fails++;
        failed = j;
      }
    }
    if (fails === 0) {
      shown++;
      const m = municipality[i]!;
      if (m < 0) outside++;
      else perMunicipality[m] = perMunicipality[m]! + 1;
      for (let j = 0; j < k; j++) perValue[j]![codes[i * k + j]!]!++;
    } else if (fails === 1) {
      perValue[failed]![codes[i * k + failed]!]!++;
    }
  }
  const tally = { perMunicipality, outside, shown, perValue };
  last = { points, hidden, municipalities, tally };
  return tally;
}

/** The shown points per municipality (AGS → count, 0 where none), and how many lie outside the RVR. */
export function pointsPerMunicipality(
  points: PointSet,
  hidden: HiddenPointValues,
  agsInOrder: readonly string[],
): { perAgs: Record<string, number>; outside: number; shown: number } {
  const { perMunicipality, outside, shown } = pointTally(points, hidden, agsInOrder.length);
  const perAgs: Record<string, number> = {};
  agsInOrder.forEach((ags, m) => (perAgs[ags] = perMunicipality[m]!));
  return { perAgs, outside, shown };
}

/** Per value of one column, the points that pass the other columns' filters. */
export function pointsPerValue(points: PointSet, column: number, hidden: HiddenPointValues, municipalities = 0): number[] {
  return pointTally(points, hidden, municipalities).perValue[column]!;
}
