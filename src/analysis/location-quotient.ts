/** Fewer cases than this in a municipality and cluster: the quotient is shown as uncertain, not ranked. */
export const MIN_CASES = 3;

export interface Quotient {
  /** Cases of the cluster in the municipality. */
  cases: number;
  /** Location quotient: the cluster's share in the municipality over its share in the region. */
  lq: number | null;
  /** True when based on fewer than MIN_CASES cases (as clustermapping.us and the ECO flag them). */
  uncertain: boolean;
}

/**
 * Location quotient of a cluster in one area against the region:
 * LQ = (cases in cluster and area / all cases in area) / (cases in cluster in region / all cases in region).
 * LQ > 1: the area is more specialised in the cluster than the region as a whole. Null when the
 * area or the region has no case at all.
 */
export function locationQuotient(areaCluster: number, areaTotal: number, regionCluster: number, regionTotal: number): Quotient {
  const uncertain = areaCluster < MIN_CASES;
  if (areaTotal <= 0 || regionCluster <= 0 || regionTotal <= 0) return { cases: areaCluster, lq: null, uncertain };
  return { cases: areaCluster, lq: areaCluster / areaTotal / (regionCluster / regionTotal), uncertain };
}
