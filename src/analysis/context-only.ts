import type { AtlasData } from '../domain/atlas-data';
import type { Institution } from '../domain/institution';

/**
 * Whether a place shows only as part of context clusters (the Montan heritage) with the switched-
 * off clusters left out: then the map draws it as context, smaller and paler at region scale.
 */
export function isContextOnly(inst: Institution, data: AtlasData, hiddenClusters: readonly string[]): boolean {
  const shown = inst.clusters.filter((c) => !hiddenClusters.includes(c));
  return shown.length > 0 && shown.every((c) => data.clustersById.get(c)?.context === true);
}
