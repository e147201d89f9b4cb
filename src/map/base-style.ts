import type { StyleSpecification } from 'maplibre-gl';
import fontUrl from '@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff2?url';
import type { BaseGeodata } from '../domain/municipality';
import { palette } from './palette';

export const LABEL_FONT = 'Source Sans 3 SemiBold';

/** Layer ids other map modules refer to. */
export const LAYER = {
  municipalityFill: 'municipality-fill',
  labels: 'municipality-labels',
} as const;

export const SOURCE = {
  municipalities: 'municipalities',
} as const;

/** Label points as their own source: one label per municipality, placed inside it. */
function labelPoints(data: BaseGeodata): GeoJSON.FeatureCollection<GeoJSON.Point> {
  return {
    type: 'FeatureCollection',
    features: data.municipalities.features.map((f) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [f.properties.label_lon, f.properties.label_lat] },
      properties: {
        name: f.properties.name,
        // Bigger places win label collisions first.
        rank: (f.properties.kreisfrei ? 0 : 1000) - f.properties.area_km2,
        kreisfrei: f.properties.kreisfrei,
      },
    })),
  };
}

/**
 * An offline MapLibre style built in code: no tile, glyph or sprite server. Labels are drawn from
 * a font file that ships with the app (style `font-faces`), so nothing leaves the page's origin.
 */
export function buildBaseStyle(data: BaseGeodata): StyleSpecification {
  const hoverOrSelected = (selected: string, hover: string, base: string) => [
    'case',
    ['boolean', ['feature-state', 'selected'], false], selected,
    ['boolean', ['feature-state', 'hover'], false], hover,
    base,
  ];
  return {
    version: 8,
    name: 'Clusteratlas Ruhr (offline)',
    'font-faces': { [LABEL_FONT]: [{ url: new URL(fontUrl, document.baseURI).href }] },
    sources: {
      // Tiles beyond zoom 12 are overzoomed: the 1:250 000 source has no more detail to show.
      context: { type: 'geojson', data: data.context, maxzoom: 10, buffer: 32 },
      [SOURCE.municipalities]: { type: 'geojson', data: data.municipalities, promoteId: 'ags', maxzoom: 12, buffer: 32 },
      borders: { type: 'geojson', data: data.borders, maxzoom: 12, buffer: 32 },
      labels: { type: 'geojson', data: labelPoints(data), maxzoom: 12 },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': palette.background } },
      { id: 'context-fill', type: 'fill', source: 'context', paint: { 'fill-color': palette.contextFill } },
      { id: 'context-line', type: 'line', source: 'context', paint: { 'line-color': palette.contextLine, 'line-width': 0.8 } },
      {
        id: LAYER.municipalityFill,
        type: 'fill',
        source: SOURCE.municipalities,
        paint: {
          'fill-color': hoverOrSelected(palette.municipalitySelected, palette.municipalityHover, palette.municipalityFill) as never,
          'fill-opacity': ['case', ['boolean', ['global-state', 'basemap'], false], 0.55, 1] as never,
        },
      },
      {
        id: 'municipality-line',
        type: 'line',
        source: SOURCE.municipalities,
        paint: { 'line-color': palette.municipalityLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.6, 12, 1.4] },
      },
      {
        id: 'kreis-line',
        type: 'line',
        source: 'borders',
        filter: ['==', ['get', 'level'], 'kreis'],
        layout: { 'line-join': 'round' },
        paint: { 'line-color': palette.kreisLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1.2, 12, 2.4] },
      },
      {
        id: 'outline-halo',
        type: 'line',
        source: 'borders',
        filter: ['==', ['get', 'level'], 'outline'],
        layout: { 'line-join': 'round' },
        paint: { 'line-color': palette.outlineHalo, 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 6, 12, 10], 'line-opacity': 0.7 },
      },
      {
        id: 'outline-line',
        type: 'line',
        source: 'borders',
        filter: ['==', ['get', 'level'], 'outline'],
        layout: { 'line-join': 'round' },
        paint: { 'line-color': palette.outline, 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 2, 12, 3.5] },
      },
      {
        id: 'municipality-selected-line',
        type: 'line',
        source: SOURCE.municipalities,
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': palette.selectedLine,
          'line-width': 2.5,
          'line-opacity': ['case', ['boolean', ['feature-state', 'selected'], false], 1, 0] as never,
        },
      },
      {
        id: LAYER.labels,
        type: 'symbol',
        source: 'labels',
        layout: {
          'text-field': ['get', 'name'],
          'text-font': [LABEL_FONT],
          'text-size': ['interpolate', ['linear'], ['zoom'],
            8, ['case', ['get', 'kreisfrei'], 13, 10.5],
            12, ['case', ['get', 'kreisfrei'], 20, 16]] as never,
          'text-max-width': 7,
          'symbol-sort-key': ['get', 'rank'],
          'text-padding': 3,
        },
        paint: {
          'text-color': palette.label,
          'text-halo-color': palette.labelHalo,
          'text-halo-width': 1.6,
        },
      },
    ],
  };
}
