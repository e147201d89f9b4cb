import type { AtlasData } from '../domain/atlas-data';
import { sceneFrame } from '../analysis/scene-places';
import type { Scene } from '../domain/story';
import type { ScenePlan } from '../store/story-slice';

/**
 * A scene as the map shows it: the clusters, corridors, year, highlight and labels it switches on,
 * and its camera (its places, and the region if it speaks of it, in view).
 */
export const scenePlan = (scene: Scene, data: AtlasData): ScenePlan => ({
  state: {
    hiddenClusters: data.clusters.map((c) => c.id).filter((id) => !scene.clusters.includes(id)),
    hiddenCorridors: data.corridors.map((c) => c.id).filter((id) => !scene.corridors.includes(id)),
    hiddenCategories: [],
    year: scene.year,
    selection: scene.highlight,
    sceneLabels: scene.places,
  },
  shot: { camera: scene.camera, frame: sceneFrame(scene, data) },
});
