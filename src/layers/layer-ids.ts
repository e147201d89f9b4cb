/** Ids of layers that are added after the first render but named in code of the first view. */
export const CLUSTER_NAME_LAYER = 'cluster-names';
/** The cluster names of a phone's region view (below zoom 8), placed before the cities' names. */
export const CLUSTER_NAME_LAYER_SMALL_SCALE = 'cluster-names-small-scale';
