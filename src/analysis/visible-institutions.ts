import type { Institution } from '../domain/institution';
import { isOnMap } from './institution-status';

interface InstitutionFilter {
  hiddenClusters: readonly string[];
  hiddenCategories: readonly string[];
  /** The map as it was in this year (founded by then, not yet merged away); null shows today. */
  year?: number | null;
}

/**
 * The institutions to draw: in at least one visible cluster and a visible category, and on the map
 * in the chosen year (see institution-status.ts).
 */
export function visibleInstitutions(institutions: readonly Institution[], filter: InstitutionFilter): Institution[] {
  const hiddenClusters = new Set(filter.hiddenClusters);
  const hiddenCategories = new Set(filter.hiddenCategories);
  return institutions.filter(
    (i) => !hiddenCategories.has(i.category) && i.clusters.some((c) => !hiddenClusters.has(c)) && isOnMap(i, filter.year),
  );
}
