import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { ScenePlace } from '../domain/story';
import { LABEL_FONT, LAYER, municipalityLabelFilter } from './base-style';
import { labelPlaces } from './label-places';
import { palette } from './palette';

const SOURCE = 'scene-labels';
/** Institutions, beside their icons. */
export const SCENE_LABEL_LAYER = 'scene-labels';
/** Towns, on their label points, above the base map's names. */
export const SCENE_TOWN_LAYER = 'scene-town-labels';

/**
 * Places beside (never on) the icon, rings `r` ems out: sides first, then corners; the side away
 * from the edge first: a place in the east of the scene gets its name on its left, so the
 * easternmost one's name is not cut by the map's edge.
 */
function besideIcon(east: boolean, ...rings: number[]): (string | [number, number])[] {
  return rings.flatMap((r) => {
    const d = r / Math.SQRT2;
    const textRight: (string | [number, number])[] = ['left', [r, 0], 'top-left', [d, d], 'bottom-left', [d, -d]];
    const textLeft: (string | [number, number])[] = ['right', [-r, 0], 'top-right', [-d, d], 'bottom-right', [-d, -d]];
    const [first, second] = east ? [textLeft, textRight] : [textRight, textLeft];
    return [first[0]!, first[1]!, second[0]!, second[1]!, 'top', [0, r], 'bottom', [0, -r], ...first.slice(2), ...second.slice(2)];
  });
}

/**
 * The names of the places the current scene's text names, on top of everything: a talk must show
 * what its card says. A town's name stands on its label point in capitals, the way the base map
 * names it but larger (the base map's own name there then yields to it); an institution's beside
 * its icon, on the first free side, so neighbours on one campus do not cover each other.
 */
export function showSceneLabels(map: MapLibreMap, places: readonly ScenePlace[], lang: 'de' | 'en'): void {
  const lons = places.map((p) => p.position[0]);
  const middle = (Math.min(...lons) + Math.max(...lons)) / 2;
  const data: GeoJSON.FeatureCollection = {
    type: 'FeatureCollection',
    features: places.map((p) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: p.position },
      properties: { id: p.id, kind: p.kind, label: p.label[lang], east: p.position[0] > middle },
    })),
  };
  // A town the scene names is named once, by the scene.
  const towns = places.filter((p) => p.kind === 'town').map((p) => p.id);
  map.setFilter(LAYER.labels, municipalityLabelFilter(false, towns));
  map.setFilter(LAYER.cityLabels, municipalityLabelFilter(true, towns));
  map.setFilter(LAYER.cityLabelsOverIcons, municipalityLabelFilter(true, towns));
  const source = map.getSource(SOURCE) as GeoJSONSource | undefined;
  if (source) {
    source.setData(data);
    return;
  }
  if (places.length === 0) return;
  map.addSource(SOURCE, { type: 'geojson', data });
  const paint = { 'text-color': palette.label, 'text-halo-color': palette.labelHalo, 'text-halo-width': 2 };
  // The towns above: placed first, so the institutions' names take the free sides around them.
  map.addLayer({
    id: SCENE_LABEL_LAYER,
    type: 'symbol',
    source: SOURCE,
    filter: ['==', ['get', 'kind'], 'institution'],
    layout: {
      'text-field': ['get', 'label'],
      'text-font': [LABEL_FONT],
      'text-size': 18,
      'text-max-width': 9,
      'text-variable-anchor-offset': [
        'case',
        ['get', 'east'],
        ['literal', besideIcon(true, 1.1, 2.3, 3.5)],
        ['literal', besideIcon(false, 1.1, 2.3, 3.5)],
      ] as never,
      'text-justify': 'auto',
      'text-overlap': 'never',
      'text-padding': 1,
    },
    paint,
  });
  map.addLayer({
    id: SCENE_TOWN_LAYER,
    type: 'symbol',
    source: SOURCE,
    filter: ['==', ['get', 'kind'], 'town'],
    layout: {
      'text-field': ['get', 'label'],
      'text-font': [LABEL_FONT],
      'text-size': 19,
      'text-transform': 'uppercase',
      'text-letter-spacing': 0.08,
      // On its point; where two named towns meet in a small view (Duisburg and Bochum at 800×600),
      // the second beside it.
      'text-variable-anchor-offset': ['literal', labelPlaces(0.8, 1.6)] as never,
      'text-overlap': 'never',
      'text-padding': 1,
    },
    paint,
  });
}
