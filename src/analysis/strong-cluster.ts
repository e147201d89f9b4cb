import { quantile } from 'simple-statistics';

/** One region's figures for a section in a year, among comparable regions. */
interface RegionFigures {
  key: string;
  lq: number | null;
  employees: number | null;
  /** Establishments (Betriebe) where the data has them; undefined when it has none. */
  establishments?: number | null;
}

interface StrongClusterResult {
  key: string;
  strong: boolean;
  /** Why not (or which tests passed): each test that could be applied. */
  tests: { lq: boolean; employment: boolean; establishments: boolean | null };
}

interface StrongClusterTest {
  results: StrongClusterResult[];
  thresholds: { lq: number; employment: number; establishments: number | null };
  /** The parts of the U.S. Cluster Mapping test the data could not support. */
  notApplied: 'establishments'[];
}

const known = (xs: (number | null | undefined)[]) => xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));

/**
 * The U.S. Cluster Mapping "strong cluster" test adapted to what the data has: a region's section
 * is strong when its LQ is at least the 75th percentile among the comparable regions and at
 * least 1, and its employment (and establishments, where the data has them) is above the 25th
 * percentile. Percentiles over the regions with a value; a region without one is never strong.
 */
export function strongClusters(regions: readonly RegionFigures[]): StrongClusterTest {
  const lqs = known(regions.map((r) => r.lq));
  const jobs = known(regions.map((r) => r.employees));
  const firms = known(regions.map((r) => r.establishments));
  const hasFirms = firms.length > 0;
  const thresholds = {
    lq: Math.max(1, lqs.length ? quantile(lqs, 0.75) : Infinity),
    employment: jobs.length ? quantile(jobs, 0.25) : Infinity,
    establishments: hasFirms ? quantile(firms, 0.25) : null,
  };
  const results = regions.map((r): StrongClusterResult => {
    const lq = r.lq !== null && r.lq >= thresholds.lq;
    const employment = r.employees !== null && r.employees > thresholds.employment;
    const establishments =
      thresholds.establishments === null ? null : r.establishments != null && r.establishments > thresholds.establishments;
    return { key: r.key, strong: lq && employment && establishments !== false, tests: { lq, employment, establishments } };
  });
  return { results, thresholds, notApplied: hasFirms ? [] : ['establishments'] };
}
