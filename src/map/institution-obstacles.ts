import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Institution } from '../domain/institution';
import { DENSITY_THRESHOLD } from '../layers/density-rule';
import { ICON_MAX_PX, ICON_MIN_PX, zoomForIconPixels } from '../layers/icon-size';

const SOURCE_ID = 'institution-obstacles';
/** The top symbol layer: MapLibre places it first, and every name avoids it. */
export const OBSTACLE_LAYER = 'institution-obstacles';
const IMAGE = 'institution-obstacle';
/** The Ruhr's middle latitude: icon sizes differ by under 1 % across the region. */
const LATITUDE = 51.5;
/**
 * Zoomed out further, a city is a few pixels wide and its name, moved off the icons, lands on its
 * neighbour (in the phone's region view, "Dortmund" over Unna); and the towns' names the moved ones
 * displace vanish. There the icons cover some letters instead.
 */
export const OBSTACLE_MIN_ZOOM = 8;

/**
 * deck.gl draws the institution icons on its own canvas, over the map, so a name under an icon
 * was covered ("B●chum", "Mülhe● an der Ruhr"). This layer puts an invisible symbol of the icon's
 * drawn size at each icon, from region scale on: MapLibre places it before any name (it places
 * the top layer first), and a name then takes a free place beside its point instead
 * (label-places.ts). Icons always show; only the names make room.
 */
export function showInstitutionObstacles(map: MapLibreMap, institutions: readonly Institution[]): void {
  // Many points are drawn as a density grid, not icons, and would cost the worker a large source.
  const shown = institutions.length > DENSITY_THRESHOLD ? [] : institutions;
  const collection: GeoJSON.FeatureCollection = {
    type: 'FeatureCollection',
    features: shown.map((i) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: i.position }, properties: {} })),
  };
  const source = map.getSource(SOURCE_ID) as GeoJSONSource | undefined;
  if (source) {
    source.setData(collection);
    return;
  }
  // Transparent: only its box counts, for collisions.
  map.addImage(IMAGE, { width: ICON_MAX_PX, height: ICON_MAX_PX, data: new Uint8Array(ICON_MAX_PX * ICON_MAX_PX * 4) });
  map.addSource(SOURCE_ID, { type: 'geojson', data: collection });
  map.addLayer({
    id: OBSTACLE_LAYER,
    type: 'symbol',
    source: SOURCE_ID,
    minzoom: OBSTACLE_MIN_ZOOM,
    // Added on top (the corridor names go below it): placed before every name, which then avoids it.
    layout: {
      'icon-image': IMAGE,
      // deck.gl's size in metres, clamped to 13–28 px: between the two clamps it doubles with
      // each zoom level, which an exponential base-2 interpolation reproduces exactly.
      'icon-size': ['interpolate', ['exponential', 2], ['zoom'],
        zoomForIconPixels(ICON_MIN_PX, LATITUDE), ICON_MIN_PX / ICON_MAX_PX,
        zoomForIconPixels(ICON_MAX_PX, LATITUDE), 1] as never,
      // Always placed, and kept as an obstacle for the names below ('always' also lets a name
      // with no free side fall back onto it, see base-style.ts).
      'icon-overlap': 'always',
      'icon-ignore-placement': false,
      'icon-padding': 1,
    },
  });
}
