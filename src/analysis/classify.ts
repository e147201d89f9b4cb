import { ckmeans } from 'simple-statistics';

export type Scheme = 'quantile' | 'equal' | 'jenks';

/**
 * Class breaks for a choropleth: the upper limits of all classes but the last.
 * quantile: equal counts; equal: equal widths; jenks: natural breaks (Ckmeans, the optimal
 * 1-D k-means that Jenks approximates). Fewer distinct values than classes: fewer classes.
 */
export function classBreaks(values: readonly number[], classes: number, scheme: Scheme): number[] {
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const distinct = new Set(xs).size;
  const k = Math.max(1, Math.min(classes, distinct));
  if (xs.length === 0 || k === 1) return [];
  if (scheme === 'equal') {
    const min = xs[0]!;
    const step = (xs[xs.length - 1]! - min) / k;
    return Array.from({ length: k - 1 }, (_, i) => min + step * (i + 1));
  }
  if (scheme === 'quantile') {
    const at = (p: number) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
    return [...new Set(Array.from({ length: k - 1 }, (_, i) => at((i + 1) / k)))];
  }
  return ckmeans(xs, k).slice(0, -1).map((cluster) => cluster[cluster.length - 1]!);
}

/** The class (0-based) of a value given the breaks: the first break it does not exceed. */
export function classOf(value: number, breaks: readonly number[]): number {
  const i = breaks.findIndex((b) => value <= b);
  return i === -1 ? breaks.length : i;
}
