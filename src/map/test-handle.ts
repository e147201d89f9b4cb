import type { Map as MapLibreMap } from 'maplibre-gl';
import { LAYER } from '../layers/base-style';
import { CLUSTER_NAME_LAYER, CLUSTER_NAME_LAYER_SMALL_SCALE } from '../layers/layer-ids';
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
      /** The cities' names (kreisfreie Städte) MapLibre has placed now. */
      placedCityNames: () => string[];
      /** Where a point lies on the map's canvas (CSS pixels). */
      project: (lngLat: [number, number]) => { x: number; y: number };
      /** Resolves once the map has drawn whatever the last change asked for. */
      idle: () => Promise<void>;
      /** The style's layers, bottom to top (deck.gl's interleaved layers among them). */
      layerIds: () => string[];
    };
  }
}

/** The layers among `ids` drawn at the map's zoom: a query also finds a hidden layer's last placement. */
const shownAt = (map: MapLibreMap, ids: string[]) =>
  ids.filter((id) => {
    const layer = map.getLayer(id);
    const zoom = map.getZoom();
    return layer !== undefined && zoom >= (layer.minzoom ?? 0) && zoom < (layer.maxzoom ?? 24);
  });

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
      (map.getLayer(CLUSTER_NAME_LAYER)
        ? map.queryRenderedFeatures({ layers: shownAt(map, [CLUSTER_NAME_LAYER, CLUSTER_NAME_LAYER_SMALL_SCALE]) })
        : []
      ).map((f) => String(f.properties.name)),
    placedCityNames: () =>
      map
        .queryRenderedFeatures({ layers: shownAt(map, [LAYER.cityLabels, LAYER.cityLabelsOverIcons]) })
        .map((f) => String(f.properties.name)),
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
    layerIds: () => map.getStyle().layers.map((l) => l.id),
    placedSceneLabels: () =>
      (map.getLayer(SCENE_LABEL_LAYER) ? map.queryRenderedFeatures({ layers: [SCENE_LABEL_LAYER, SCENE_TOWN_LAYER] }) : []).map((f) => {
        const p = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
        return { label: String(f.properties.label), x: p.x, y: p.y };
      }),
  };
}
