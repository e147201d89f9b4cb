/** Ids of layers that are added after the first render but named in code of the first view. */
export const CLUSTER_NAME_LAYER = 'cluster-names';
