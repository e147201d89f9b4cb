import { isOnMap } from './institution-status';
import type { Institution } from '../domain/institution';
import { hooverIndex } from './hoover-index';
import { locationQuotient, type Quotient } from './location-quotient';

export interface AreaProfile {
  ags: string;
  population: number;
  areaKm2: number;
  institutions: number;
  /** Per cluster id: cases, per 100,000 inhabitants, location quotient. */
  clusters: Record<string, Quotient & { per100k: number }>;
}

export interface Specialization {
  profiles: Map<string, AreaProfile>;
  /** Per cluster: Hoover index against population (0 = spread like people, 1 = in one place). */
  hoover: Record<string, number | null>;
  /** Per cluster: municipalities by LQ, highest first; uncertain ones are not ranked. */
  ranking: Record<string, string[]>;
}

interface AreaInput {
  ags: string;
  population: number;
  areaKm2: number;
}

/**
 * Specialisation of each municipality in each cluster, from the institutions as cases: counts,
 * per 100,000 inhabitants, location quotients against the region, Hoover index and ranking.
 */
export function specialization(areas: readonly AreaInput[], all: readonly Institution[], clusterIds: readonly string[]): Specialization {
  // Today's atlas: an actor merged into another counts once, as its successor.
  const institutions = all.filter((i) => isOnMap(i, null));
  const count = new Map<string, Map<string, number>>();
  const total = new Map<string, number>();
  for (const inst of institutions) {
    total.set(inst.ags, (total.get(inst.ags) ?? 0) + 1);
    const row = count.get(inst.ags) ?? new Map<string, number>();
    for (const c of inst.clusters) row.set(c, (row.get(c) ?? 0) + 1);
    count.set(inst.ags, row);
  }
  const regionTotal = institutions.length;
  const regionCluster = new Map(clusterIds.map((c) => [c, institutions.filter((i) => i.clusters.includes(c)).length]));
  const profiles = new Map<string, AreaProfile>();
  for (const a of areas) {
    const clusters: AreaProfile['clusters'] = {};
    for (const c of clusterIds) {
      const n = count.get(a.ags)?.get(c) ?? 0;
      clusters[c] = {
        ...locationQuotient(n, total.get(a.ags) ?? 0, regionCluster.get(c) ?? 0, regionTotal),
        per100k: (n / a.population) * 1e5,
      };
    }
    profiles.set(a.ags, { ...a, institutions: total.get(a.ags) ?? 0, clusters });
  }
  const hoover: Specialization['hoover'] = {};
  const ranking: Specialization['ranking'] = {};
  for (const c of clusterIds) {
    hoover[c] = hooverIndex(
      areas.map((a) => count.get(a.ags)?.get(c) ?? 0),
      areas.map((a) => a.population),
    );
    ranking[c] = areas
      .filter((a) => {
        const q = profiles.get(a.ags)!.clusters[c]!;
        return !q.uncertain && q.lq !== null;
      })
      .sort((x, y) => profiles.get(y.ags)!.clusters[c]!.lq! - profiles.get(x.ags)!.clusters[c]!.lq!)
      .map((a) => a.ags);
  }
  return { profiles, hoover, ranking };
}
