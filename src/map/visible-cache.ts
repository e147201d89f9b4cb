import { visibleInstitutions } from '../analysis/visible-institutions';
import type { AtlasData } from '../domain/atlas-data';
import type { AppState } from '../store/app-store';

/**
 * The visible institutions, recomputed only when a filter changes: a new array would make
 * MapLibre cut the icons' source into tiles again on each hover.
 */
const visibleCache = new WeakMap<AtlasData, { key: unknown[]; value: ReturnType<typeof visibleInstitutions> }>();

export function cachedVisible(data: AtlasData, s: AppState) {
  const key = [s.hiddenClusters, s.hiddenCategories, s.year];
  const hit = visibleCache.get(data);
  if (hit && hit.key.every((k, i) => k === key[i])) return hit.value;
  const value = visibleInstitutions(data.institutions, s);
  visibleCache.set(data, { key, value });
  return value;
}
