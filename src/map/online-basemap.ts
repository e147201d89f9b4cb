import type { Map as MapLibreMap } from 'maplibre-gl';
import { LAYER } from '../layers/base-style';

const SOURCE_ID = 'osm-raster';
const LAYER_ID = 'osm-raster';

/** The one third-party host the app may contact, and only after the user switches it on. */
const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_ATTRIBUTION = '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>-Mitwirkende / contributors';

const listeners = new WeakMap<MapLibreMap, (e: { sourceId?: string; error?: unknown }) => void>();
function stopListening(map: MapLibreMap): void {
  const listener = listeners.get(map);
  if (listener) map.off('error', listener);
  listeners.delete(map);
}

/** Tile errors after which the basemap counts as unreachable (at once when the browser is offline). */
const FAILURES_TO_GIVE_UP = 3;

/**
 * Adds or removes the OpenStreetMap raster basemap below the municipality fill. When its tiles do
 * not load (no network, the host unreachable) it stops asking after a few errors and calls
 * `onUnreachable`: the app switches it off and says so, instead of failing tile after tile.
 */
export function setOnlineBasemap(map: MapLibreMap, on: boolean, onUnreachable: () => void = () => {}): void {
  const present = map.getSource(SOURCE_ID) !== undefined;
  // Nothing to do is the common case at start: any style change costs a full extra frame.
  if (on === present) return;
  map.setPaintProperty(LAYER.municipalityFill, 'fill-opacity', on ? 0.55 : 1);
  if (on && !present) {
    map.addSource(SOURCE_ID, {
      type: 'raster',
      tiles: [OSM_TILES],
      tileSize: 256,
      maxzoom: 19,
      attribution: OSM_ATTRIBUTION,
    });
    map.addLayer(
      { id: LAYER_ID, type: 'raster', source: SOURCE_ID, paint: { 'raster-saturation': -0.6, 'raster-opacity': 0.9 } },
      LAYER.municipalityFill,
    );
    let failures = 0;
    const onError = (e: { sourceId?: string; error?: unknown }) => {
      // A listener silences MapLibre's own logging of errors: the others are logged as before.
      if (e.sourceId !== SOURCE_ID) {
        console.error(e.error);
        return;
      }
      failures++;
      if (failures < FAILURES_TO_GIVE_UP && navigator.onLine) return;
      stopListening(map);
      onUnreachable();
    };
    map.on('error', onError);
    listeners.set(map, onError);
    if (!navigator.onLine) queueMicrotask(() => onError({ sourceId: SOURCE_ID }));
  } else {
    stopListening(map);
    map.removeLayer(LAYER_ID);
    map.removeSource(SOURCE_ID);
  }
}
