import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { CorridorOverlay } from '../domain/overlays';
import { EDGE_DASH, type CorridorEdge } from './corridor-edge';
import { LAYER } from './base-style';
import { palette } from './palette';
import { translucent } from './translucent';

const SOURCE_ID = 'corridor-bands';
export const CORRIDOR_BAND_FILL = 'corridor-band-fill';
const LINE_ID = 'corridor-band-line';
const SELECTED_LINE_ID = 'corridor-band-line-selected';

const marked = (key: 'selected' | 'hovered') => ['boolean', ['feature-state', key], false];
const isSelected = (id: string | undefined) => ['==', ['get', 'id'], id ?? ''];

/**
 * The corridor bands (a soft band with a firm edge) in MapLibre, below the names. Hover and click
 * find a band on the CPU (corridor-picker.ts). The paint is shaped so that MapLibre draws the bands
 * with the shader programs of the first view (the municipality fill's data-driven colour, the
 * borders' constant lines): each new program costs a link, and in software WebGL a wait of
 * 150–450 ms of main thread for everything the GPU process still has to draw. So the mark of a
 * hovered or selected band is in the fill's colour, not its opacity; the selected edge is a second,
 * filtered line layer, not a data-driven width.
 */
export function showCorridorBands(map: MapLibreMap, corridors: readonly CorridorOverlay[], edgeOf: (id: string) => CorridorEdge): void {
  const collection: GeoJSON.FeatureCollection = {
    type: 'FeatureCollection',
    features: corridors.map((c) => ({ ...c.band, properties: { id: c.id, edge: edgeOf(c.id) } })),
  };
  const source = map.getSource(SOURCE_ID) as GeoJSONSource | undefined;
  if (source) {
    source.setData(collection);
    return;
  }
  map.addSource(SOURCE_ID, { type: 'geojson', data: collection, promoteId: 'id' });
  map.addLayer(
    {
      id: CORRIDOR_BAND_FILL,
      type: 'fill',
      source: SOURCE_ID,
      paint: {
        'fill-color': [
          'case',
          ['any', marked('selected'), marked('hovered')],
          translucent(palette.outline, 0.27),
          translucent(palette.outline, 0.13),
        ] as never,
        // The edge lines cover the band's rim.
        'fill-antialias': false,
      },
    },
    LAYER.labels,
  );
  for (const [id, width] of [
    [LINE_ID, 1.5],
    [SELECTED_LINE_ID, 3],
  ] as const) {
    map.addLayer(
      {
        id,
        type: 'line',
        source: SOURCE_ID,
        filter: id === LINE_ID ? (['!', isSelected(undefined)] as never) : (isSelected(undefined) as never),
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': palette.outline,
          'line-opacity': 0.78,
          'line-width': width,
          // Each corridor its own edge (solid, dashed, dotted), as its legend swatch shows.
          'line-dasharray': [
            'match',
            ['get', 'edge'],
            'dashed',
            ['literal', EDGE_DASH.dashed],
            'dotted',
            ['literal', EDGE_DASH.dotted],
            ['literal', EDGE_DASH.solid],
          ] as never,
        },
      },
      LAYER.labels,
    );
  }
}

/** Marks the selected and the hovered band (either may be none). */
export function markCorridorBands(map: MapLibreMap, ids: readonly string[], selectedId?: string, hoveredId?: string): void {
  if (!map.getSource(SOURCE_ID)) return;
  for (const id of ids) map.setFeatureState({ source: SOURCE_ID, id }, { selected: id === selectedId, hovered: id === hoveredId });
  // A new filter cuts the band tiles again in MapLibre's worker: only when the selection changes.
  const filter = isSelected(selectedId);
  if (JSON.stringify(map.getFilter(SELECTED_LINE_ID)) === JSON.stringify(filter)) return;
  map.setFilter(SELECTED_LINE_ID, filter as never);
  map.setFilter(LINE_ID, ['!', filter] as never);
}
