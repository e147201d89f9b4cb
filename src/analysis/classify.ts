import { scaleQuantile, scaleQuantize } from 'd3-scale';
import { ckmeans } from 'simple-statistics';

export type Scheme = 'quantile' | 'equal' | 'jenks';

/**
 * Class breaks for a choropleth: the upper limits of all classes but the last.
 * quantile: equal counts; equal: equal widths; jenks: natural breaks (Ckmeans, the optimal
 * 1-D k-means that Jenks approximates). Fewer distinct values than classes: fewer classes.
 */
export function classBreaks(values: readonly number[], classes: number, scheme: Scheme): number[] {
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return nonEmpty(xs, rawBreaks(xs, classes, scheme));
}

/**
 * Breaks that leave no class empty and none repeated: a break at or above the largest value, or
 * one with no value between it and the break below, is dropped (its class merges with the next).
 * With 15 or 53 units a quantile break often falls on the maximum ("1,78–1,78" with nothing in it).
 */
function nonEmpty(sorted: readonly number[], breaks: readonly number[]): number[] {
  const max = sorted[sorted.length - 1];
  const kept: number[] = [];
  for (const b of [...new Set(breaks)].sort((x, y) => x - y)) {
    if (max === undefined || b >= max) continue;
    const below = kept[kept.length - 1] ?? -Infinity;
    if (sorted.some((x) => x > below && x <= b)) kept.push(b);
  }
  return kept;
}

function rawBreaks(xs: readonly number[], classes: number, scheme: Scheme): number[] {
  const distinct = new Set(xs).size;
  const k = Math.max(1, Math.min(classes, distinct));
  if (xs.length === 0 || k === 1) return [];
  // Equal widths between the smallest and the largest value; quantiles as d3 computes them.
  if (scheme === 'equal')
    return scaleQuantize()
      .domain([xs[0]!, xs[xs.length - 1]!])
      .range(Array.from({ length: k }, (_, i) => i))
      .thresholds();
  if (scheme === 'quantile')
    return [
      ...new Set(
        scaleQuantile()
          .domain(xs)
          .range(Array.from({ length: k }, (_, i) => i))
          .quantiles(),
      ),
    ];
  return ckmeans(xs, k)
    .slice(0, -1)
    .map((cluster) => cluster[cluster.length - 1]!);
}

/** The class (0-based) of a value given the breaks: the first break it does not exceed. */
export function classOf(value: number, breaks: readonly number[]): number {
  const i = breaks.findIndex((b) => value <= b);
  return i === -1 ? breaks.length : i;
}
