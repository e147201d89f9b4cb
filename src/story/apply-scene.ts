import type { AtlasData } from '../domain/atlas-data';
import { sceneFrame } from '../analysis/scene-places';
import type { Scene } from '../domain/story';
import { useAppStore, type AppState } from '../store/app-store';
import type { Cover, SceneShot } from '../store/view-slice';

/** What a scene switches on the map: its clusters, corridors, year, highlight and labels. */
export function sceneState(scene: Scene, data: AtlasData): Partial<AppState> {
  return {
    hiddenClusters: data.clusters.map((c) => c.id).filter((id) => !scene.clusters.includes(id)),
    hiddenCorridors: data.corridors.map((c) => c.id).filter((id) => !scene.corridors.includes(id)),
    hiddenCategories: [],
    year: scene.year,
    selection: scene.highlight,
    sceneLabels: scene.places,
  };
}

/** Where a scene's camera goes: its places (and the region, if it speaks of it) in view. */
export const sceneShot = (scene: Scene, data: AtlasData, cover?: Cover): SceneShot => ({
  camera: scene.camera,
  frame: sceneFrame(scene, data),
  cover,
});

/**
 * Puts a scene on the map and moves the camera to show its places in the part of the map the card
 * leaves free (`cover`).
 */
export function applyScene(scene: Scene, data: AtlasData, options: { instant?: boolean; cover?: Cover; tag?: string } = {}): void {
  useAppStore.setState(sceneState(scene, data));
  useAppStore.getState().showScene(sceneShot(scene, data, options.cover), options);
}
