/**
 * Where a section of a region stands on the planners' LQ–growth chart: specialised or not
 * (LQ ≥ 1) and growing faster or slower than the same section in the reference economy.
 */
export type Quadrant = 'strong-growing' | 'strong-shrinking' | 'emerging' | 'weak-shrinking';

export interface QuadrantPoint {
  section: string;
  lq: number;
  /** Local CAGR minus the reference section's CAGR, in percentage points. */
  relativeGrowth: number;
  quadrant: Quadrant;
}

export function quadrantOf(lq: number, relativeGrowth: number): Quadrant {
  if (lq >= 1) return relativeGrowth >= 0 ? 'strong-growing' : 'strong-shrinking';
  return relativeGrowth >= 0 ? 'emerging' : 'weak-shrinking';
}

/** The points of the chart, leaving out sections without an LQ or a growth rate. */
export function lqGrowthPoints(
  rows: readonly { section: string; lq: number | null; localCagr: number | null; referenceCagr: number | null }[],
): QuadrantPoint[] {
  return rows.flatMap((r) => {
    if (r.lq === null || r.localCagr === null || r.referenceCagr === null) return [];
    const relativeGrowth = (r.localCagr - r.referenceCagr) * 100;
    return [{ section: r.section, lq: r.lq, relativeGrowth, quadrant: quadrantOf(r.lq, relativeGrowth) }];
  });
}
