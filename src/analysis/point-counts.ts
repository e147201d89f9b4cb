import type { PointSet } from '../domain/point-set';

/** Per filter column, the codes switched off. */
export type HiddenPointValues = readonly (readonly number[])[];

/** Whether point i passes every column's filter; a tight loop over the codes, no object per point. */
export function pointFilter(points: PointSet, hidden: HiddenPointValues): (i: number) => boolean {
  const k = points.columns.length;
  const off = points.columns.map((c, j) => {
    const mask = new Uint8Array(c.values.length);
    for (const code of hidden[j] ?? []) mask[code] = 1;
    return mask;
  });
  if (!off.some((m) => m.includes(1))) return () => true;
  return (i) => {
    for (let j = 0; j < k; j++) if (off[j]![points.codes[i * k + j]!]) return false;
    return true;
  };
}

/** The shown points per municipality (AGS → count, 0 where none), and how many lie outside the RVR. */
export function pointsPerMunicipality(
  points: PointSet,
  hidden: HiddenPointValues,
  agsInOrder: readonly string[],
): { perAgs: Record<string, number>; outside: number; shown: number } {
  const counts = new Float64Array(agsInOrder.length);
  const shown = pointFilter(points, hidden);
  let outside = 0;
  let total = 0;
  for (let i = 0; i < points.count; i++) {
    if (!shown(i)) continue;
    total++;
    const m = points.municipality[i]!;
    if (m < 0) outside++;
    else counts[m] = counts[m]! + 1;
  }
  const perAgs: Record<string, number> = {};
  agsInOrder.forEach((ags, m) => (perAgs[ags] = counts[m]!));
  return { perAgs, outside, shown: total };
}

/**
 * Per value of one column, the points that pass the other columns' filters: what switching that
 * value on would show.
 */
export function pointsPerValue(points: PointSet, column: number, hidden: HiddenPointValues): number[] {
  const others = hidden.map((h, j) => (j === column ? [] : h));
  const shown = pointFilter(points, others);
  const k = points.columns.length;
  const counts = new Array<number>(points.columns[column]!.values.length).fill(0);
  for (let i = 0; i < points.count; i++) {
    if (!shown(i)) continue;
    const code = points.codes[i * k + column]!;
    counts[code] = counts[code]! + 1;
  }
  return counts;
}
