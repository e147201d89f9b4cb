import type { Cluster } from '../domain/cluster';

/** The clusters for which any of these municipalities is a focus municipality (per the sources). */
export function focusClustersOf(clusters: readonly Cluster[], members: readonly string[]): Cluster[] {
  return clusters.filter((c) => members.some((ags) => c.focusAgs.includes(ags)));
}
