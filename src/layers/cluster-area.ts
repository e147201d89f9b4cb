import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { ClusterArea } from '../domain/overlays';
import { LAYER } from './base-style';
import { CORRIDOR_BAND_FILL } from './corridor-bands';

const SOURCE_ID = 'cluster-area';
const LINE_ID = 'cluster-area-line';

/**
 * The focus area of the selected cluster: a translucent area around its institutions in the
 * cluster's colour, below the corridor bands and the names. Only for the selected cluster: for all
 * five at once the map turns to foam. Added on the first selection of a cluster, not at start.
 * Shaped to reuse the first view's shader programs (see corridor-bands.ts): the fill's colour is
 * data-driven like the municipality fill's, the edge a line of constant paint, set anew for each
 * cluster (only one area is shown at a time).
 */
export function showClusterArea(map: MapLibreMap, area: ClusterArea | undefined, colour: string): void {
  const collection: GeoJSON.FeatureCollection = {
    type: 'FeatureCollection',
    features: area ? [{ ...area.area, properties: { colour } }] : [],
  };
  const source = map.getSource(SOURCE_ID) as GeoJSONSource | undefined;
  if (source) {
    source.setData(collection);
    map.setPaintProperty(LINE_ID, 'line-color', colour);
    return;
  }
  if (!area) return;
  map.addSource(SOURCE_ID, { type: 'geojson', data: collection });
  const below = map.getLayer(CORRIDOR_BAND_FILL) ? CORRIDOR_BAND_FILL : LAYER.labels;
  map.addLayer(
    {
      id: 'cluster-area-fill',
      type: 'fill',
      source: SOURCE_ID,
      paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': 0.24, 'fill-antialias': false },
    },
    below,
  );
  map.addLayer(
    {
      id: LINE_ID,
      type: 'line',
      source: SOURCE_ID,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': colour, 'line-opacity': 0.78, 'line-width': 1.5 },
    },
    below,
  );
}
