/**
 * Hoover concentration index of a cluster over the areas of a region: half the sum of the gaps
 * between each area's share of the cluster and its share of a reference (e.g. population).
 * 0 = spread exactly like the reference; towards 1 = concentrated in few areas.
 */
export function hooverIndex(clusterCounts: readonly number[], reference: readonly number[]): number | null {
  if (clusterCounts.length !== reference.length) throw new Error('counts and reference differ in length');
  const totalCluster = clusterCounts.reduce((s, x) => s + x, 0);
  const totalReference = reference.reduce((s, x) => s + x, 0);
  if (totalCluster <= 0 || totalReference <= 0) return null;
  let sum = 0;
  for (let i = 0; i < clusterCounts.length; i++) sum += Math.abs(clusterCounts[i]! / totalCluster - reference[i]! / totalReference);
  return sum / 2;
}
