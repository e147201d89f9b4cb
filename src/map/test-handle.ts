import type { Map as MapLibreMap } from 'maplibre-gl';
import { INSTITUTION_LAYER } from './institution-layer-ids';

declare global {
  interface Window {
    /** Set only in a browser driven by automation (see exposeToAutomation). */
    __clusteratlas?: { setIconOpacity: (opacity: number) => void };
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
  };
}
