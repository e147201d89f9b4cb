import type { AtlasData } from '../domain/atlas-data';
import type { Scene } from '../domain/story';
import { useAppStore } from '../store/app-store';

/** Puts a scene on the map: its clusters, corridors, year and highlight, and flies the camera. */
export function applyScene(scene: Scene, data: AtlasData, instant = false): void {
  useAppStore.setState({
    hiddenClusters: data.clusters.map((c) => c.id).filter((id) => !scene.clusters.includes(id)),
    hiddenCorridors: data.corridors.map((c) => c.id).filter((id) => !scene.corridors.includes(id)),
    hiddenCategories: [],
    year: scene.year,
    selection: scene.highlight,
    sceneLabels: scene.places,
  });
  useAppStore.getState().flyToCamera(scene.camera, instant);
}
