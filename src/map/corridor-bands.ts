import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { CorridorOverlay } from '../analysis/derive-overlays';
import { LAYER } from './base-style';
import { palette } from './palette';

const SOURCE_ID = 'corridor-bands';
export const CORRIDOR_BAND_FILL = 'corridor-band-fill';
const LINE_ID = 'corridor-band-line';

const marked = (key: 'selected' | 'hovered') => ['boolean', ['feature-state', key], false];

/**
 * The corridor bands (a soft band with a firm edge) in MapLibre, below the names: drawn by deck.gl
 * over the whole map they veiled the names, and their two extra shader programs were most of
 * deck.gl's first draw in software WebGL. Hover and click find a band on the CPU
 * (corridor-picker.ts); the marks are feature states, which repaint without cutting tiles again.
 */
export function showCorridorBands(map: MapLibreMap, corridors: readonly CorridorOverlay[]): void {
  const collection: GeoJSON.FeatureCollection = {
    type: 'FeatureCollection',
    features: corridors.map((c) => ({ ...c.band, properties: { id: c.id } })),
  };
  const source = map.getSource(SOURCE_ID) as GeoJSONSource | undefined;
  if (source) {
    source.setData(collection);
    return;
  }
  map.addSource(SOURCE_ID, { type: 'geojson', data: collection, promoteId: 'id' });
  map.addLayer({
    id: CORRIDOR_BAND_FILL,
    type: 'fill',
    source: SOURCE_ID,
    paint: {
      'fill-color': palette.outline,
      'fill-opacity': ['case', ['any', marked('selected'), marked('hovered')], 0.27, 0.13] as never,
    },
  }, LAYER.labels);
  map.addLayer({
    id: LINE_ID,
    type: 'line',
    source: SOURCE_ID,
    layout: { 'line-join': 'round' },
    paint: {
      'line-color': palette.outline,
      'line-opacity': 0.78,
      'line-width': ['case', marked('selected'), 3, 1.5] as never,
    },
  }, LAYER.labels);
}

/** Marks the selected and the hovered band (either may be none). */
export function markCorridorBands(map: MapLibreMap, ids: readonly string[], selectedId?: string, hoveredId?: string): void {
  if (!map.getSource(SOURCE_ID)) return;
  for (const id of ids) map.setFeatureState({ source: SOURCE_ID, id }, { selected: id === selectedId, hovered: id === hoveredId });
}
