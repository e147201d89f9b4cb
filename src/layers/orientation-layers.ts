import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { OrientationLines } from '../data/load-orientation';
import { LABEL_FONT, LAYER } from './base-style';

const SOURCE = 'orientation';
const ORIENTATION_LAYERS = { rail: 'orientation-rail', water: 'orientation-water', waterNames: 'orientation-water-names' } as const;

/**
 * Rivers, the canal and the main railway lines under everything the atlas shows: thin, pale and
 * greyer than any cluster's colour (the IT-security blue stays the only strong blue),
 * so they orient without competing with the clusters (above the municipalities' fill, below their
 * borders). The rivers are named along their course from zoom 9, in the chosen language.
 */
export function showOrientation(map: MapLibreMap, lines: OrientationLines, lang: 'de' | 'en'): void {
  const existing = map.getSource(SOURCE) as GeoJSONSource | undefined;
  if (existing) {
    setOrientationLanguage(map, lang);
    return;
  }
  map.addSource(SOURCE, { type: 'geojson', data: lines });
  const below = LAYER.municipalityLine;
  map.addLayer(
    {
      id: ORIENTATION_LAYERS.rail,
      type: 'line',
      source: SOURCE,
      filter: ['==', ['get', 'kind'], 'rail'],
      paint: {
        'line-color': '#9a9286',
        'line-opacity': 0.7,
        'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.5, 12, 1.4],
        'line-dasharray': [4, 2],
      },
    },
    below,
  );
  map.addLayer(
    {
      id: ORIENTATION_LAYERS.water,
      type: 'line',
      source: SOURCE,
      filter: ['!=', ['get', 'kind'], 'rail'],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': '#a3bccf',
        'line-width': [
          'interpolate',
          ['linear'],
          ['zoom'],
          8,
          ['match', ['get', 'kind'], 'river', 1.6, 0.9],
          12,
          ['match', ['get', 'kind'], 'river', 3.5, 2],
        ],
      },
    },
    below,
  );
  map.addLayer(
    {
      id: ORIENTATION_LAYERS.waterNames,
      type: 'symbol',
      source: SOURCE,
      minzoom: 9,
      filter: ['all', ['==', ['get', 'kind'], 'river'], ['has', 'name']],
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 350,
        'text-field': ['get', lang === 'de' ? 'name' : 'name_en'],
        'text-font': [LABEL_FONT],
        'text-size': 12,
        'text-letter-spacing': 0.12,
        'text-max-angle': 30,
      },
      paint: { 'text-color': '#5f7f99', 'text-halo-color': 'rgba(250, 248, 243, 0.9)', 'text-halo-width': 1.5 },
    },
    LAYER.labels,
  );
}

export function setOrientationLanguage(map: MapLibreMap, lang: 'de' | 'en'): void {
  if (map.getLayer(ORIENTATION_LAYERS.waterNames))
    map.setLayoutProperty(ORIENTATION_LAYERS.waterNames, 'text-field', ['get', lang === 'de' ? 'name' : 'name_en']);
}
