import { visibleInstitutions } from '../analysis/visible-institutions';
import type { AtlasData } from '../domain/atlas-data';
import { scenePlacesOf } from '../analysis/scene-places';
import type { ScenePlace } from '../domain/story';
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

const labelCache = new WeakMap<AtlasData, { ids: readonly string[]; value: ScenePlace[] }>();

/** The places a scene labels, the same array while the ids stay the same. */
export function cachedSceneLabels(data: AtlasData, ids: readonly string[]): ScenePlace[] {
  const hit = labelCache.get(data);
  if (hit && hit.ids === ids) return hit.value;
  const value = scenePlacesOf(data, ids);
  labelCache.set(data, { ids, value });
  return value;
}
