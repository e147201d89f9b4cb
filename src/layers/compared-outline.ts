import type { FilterSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { LAYER, SOURCE } from './base-style';
import { palette } from './palette';

const filterFor = (ags: readonly string[]): FilterSpecification => [
  'all',
  ['==', ['get', 'kind'], 'municipality'],
  ['in', ['get', 'ags'], ['literal', [...ags]]],
];

/**
 * Dashed outlines around the municipalities in the comparison (all members of a compared Kreis),
 * so the cards below can be found on the map. Added on the first comparison, not at start.
 */
export function showCompared(map: MapLibreMap, ags: readonly string[]): void {
  if (map.getLayer(LAYER.comparedLine)) {
    map.setFilter(LAYER.comparedLine, filterFor(ags));
    return;
  }
  if (ags.length === 0) return;
  map.addLayer(
    {
      id: LAYER.comparedLine,
      type: 'line',
      source: SOURCE.base,
      filter: filterFor(ags),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': palette.comparedLine, 'line-width': 2.5, 'line-dasharray': [2, 1.2] },
    },
    LAYER.labels,
  );
}
