import type { Institution } from '../domain/institution';

export interface InstitutionFilter {
  hiddenClusters: readonly string[];
  hiddenCategories: readonly string[];
  /** Show only what existed by this year (founding year); null shows all. */
  year?: number | null;
}

/**
 * The institutions to draw: in at least one visible cluster and a visible category. An
 * institution without a known founding year stays visible whatever the year.
 */
export function visibleInstitutions(institutions: readonly Institution[], filter: InstitutionFilter): Institution[] {
  const hiddenClusters = new Set(filter.hiddenClusters);
  const hiddenCategories = new Set(filter.hiddenCategories);
  return institutions.filter((i) =>
    !hiddenCategories.has(i.category)
    && i.clusters.some((c) => !hiddenClusters.has(c))
    && (filter.year == null || i.founded == null || i.founded <= filter.year));
}
