import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { ClusterArea } from '../analysis/derive-overlays';
import { LAYER } from './base-style';
import { CORRIDOR_BAND_FILL } from './corridor-bands';

const SOURCE_ID = 'cluster-area';

/**
 * The focus area of the selected cluster: a translucent area around its institutions in the
 * cluster's colour, below the corridor bands and the names. Only for the selected cluster: for all
 * five at once the map turns to foam. Added on the first selection of a cluster, not at start.
 */
export function showClusterArea(map: MapLibreMap, area: ClusterArea | undefined, colour: string): void {
  const collection: GeoJSON.FeatureCollection = {
    type: 'FeatureCollection',
    features: area ? [{ ...area.area, properties: { colour } }] : [],
  };
  const source = map.getSource(SOURCE_ID) as GeoJSONSource | undefined;
  if (source) {
    source.setData(collection);
    return;
  }
  if (!area) return;
  map.addSource(SOURCE_ID, { type: 'geojson', data: collection });
  const below = map.getLayer(CORRIDOR_BAND_FILL) ? CORRIDOR_BAND_FILL : LAYER.labels;
  map.addLayer({ id: 'cluster-area-fill', type: 'fill', source: SOURCE_ID, paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': 0.24 } }, below);
  map.addLayer({ id: 'cluster-area-line', type: 'line', source: SOURCE_ID, layout: { 'line-join': 'round' }, paint: { 'line-color': ['get', 'colour'], 'line-opacity': 0.78, 'line-width': 1.5 } }, below);
}
