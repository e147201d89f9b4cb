import type { Map as MapLibreMap } from 'maplibre-gl';
import { LAYER } from './base-style';

const SOURCE_ID = 'osm-raster';
const LAYER_ID = 'osm-raster';

/** The one third-party host the app may contact, and only after the user switches it on. */
const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_ATTRIBUTION = '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>-Mitwirkende / contributors';

/** Adds or removes the OpenStreetMap raster basemap below the municipality fill. */
export function setOnlineBasemap(map: MapLibreMap, on: boolean): void {
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
    map.addLayer({ id: LAYER_ID, type: 'raster', source: SOURCE_ID, paint: { 'raster-saturation': -0.6, 'raster-opacity': 0.9 } }, LAYER.municipalityFill);
  } else {
    map.removeLayer(LAYER_ID);
    map.removeSource(SOURCE_ID);
  }
}
