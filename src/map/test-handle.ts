import type { Map as MapLibreMap } from 'maplibre-gl';
import { CLUSTER_NAME_LAYER } from '../layers/layer-ids';
import { INSTITUTION_LAYER } from '../layers/institution-layer-ids';
import { SCENE_LABEL_LAYER, SCENE_TOWN_LAYER } from '../layers/scene-labels';

declare global {
  interface Window {
    /** Set only in a browser driven by automation (see exposeToAutomation). */
    __clusteratlas?: {
      setIconOpacity: (opacity: number) => void;
      /** The scene labels MapLibre has placed (drawn) now, with their points on screen. */
      placedSceneLabels: () => { label: string; x: number; y: number }[];
      /** The cluster names MapLibre has placed now (region scale). */
      placedClusterNames: () => string[];
      /** Where a point lies on the map's canvas (CSS pixels). */
      project: (lngLat: [number, number]) => { x: number; y: number };
      /** Resolves once the map has drawn whatever the last change asked for. */
      idle: () => Promise<void>;
    };
  }
}

/**
 * A browser driven by automation (navigator.webdriver: the e2e tests) can fade the institution
 * icons without moving anything: the tests read the names beneath them with the placement the
 * icons caused. A person's browser never gets this handle.
 */
export function exposeToAutomation(map: MapLibreMap): void {
  if (!navigator.webdriver) return;
  window.__clusteratlas = {
    setIconOpacity: (opacity) => {
      for (const id of Object.values(INSTITUTION_LAYER)) if (map.getLayer(id)) map.setPaintProperty(id, 'icon-opacity', opacity);
    },
    placedClusterNames: () =>
      (map.getLayer(CLUSTER_NAME_LAYER) ? map.queryRenderedFeatures({ layers: [CLUSTER_NAME_LAYER] }) : []).map((f) =>
        String(f.properties.name),
      ),
    project: (lngLat) => {
      const p = map.project(lngLat);
      return { x: p.x, y: p.y };
    },
    // Two frames let React commit and the store's subscribers reach the map; then the map's next
    // 'idle' (after a repaint, so one comes even if nothing changed) means it has drawn it all.
    idle: () =>
      new Promise((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            map.once('idle', () => resolve());
            map.triggerRepaint();
          }),
        ),
      ),
    placedSceneLabels: () =>
      (map.getLayer(SCENE_LABEL_LAYER) ? map.queryRenderedFeatures({ layers: [SCENE_LABEL_LAYER, SCENE_TOWN_LAYER] }) : []).map((f) => {
        const p = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
        return { label: String(f.properties.label), x: p.x, y: p.y };
      }),
  };
}
