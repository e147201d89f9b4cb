import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Institution } from '../domain/institution';
import { LABEL_FONT } from './base-style';
import { palette } from './palette';

const SOURCE = 'scene-labels';
export const SCENE_LABEL_LAYER = 'scene-labels';

/** The map label of a place a scene names: its usual short form if it has one, else its name. */
export const sceneLabelOf = (inst: Institution, lang: 'de' | 'en') =>
  inst.aliases[0] ?? (lang === 'de' ? inst.name : inst.name_en);

/** Places beside (never on) the icon, rings `r` ems out: sides first, then corners. */
function besideIcon(...rings: number[]): (string | [number, number])[] {
  return rings.flatMap((r) => {
    const d = r / Math.SQRT2;
    return ['left', [r, 0], 'right', [-r, 0], 'top', [0, r], 'bottom', [0, -r],
      'top-left', [d, d], 'bottom-left', [d, -d], 'top-right', [-d, d], 'bottom-right', [-d, -d]] as (string | [number, number])[];
  });
}

/**
 * The names of the places the current scene's text names, beside their icons, on top of
 * everything: a talk must show what its card says. Never hidden by collisions ('always'), placed
 * on the first free side so neighbours on one campus do not cover each other.
 */
export function showSceneLabels(map: MapLibreMap, places: readonly Institution[], lang: 'de' | 'en'): void {
  const data: GeoJSON.FeatureCollection = {
    type: 'FeatureCollection',
    features: places.map((inst) => ({
      type: 'Feature', geometry: { type: 'Point', coordinates: inst.position }, properties: { id: inst.id, label: sceneLabelOf(inst, lang) },
    })),
  };
  const source = map.getSource(SOURCE) as GeoJSONSource | undefined;
  if (source) {
    source.setData(data);
    return;
  }
  if (places.length === 0) return;
  map.addSource(SOURCE, { type: 'geojson', data });
  map.addLayer({
    id: SCENE_LABEL_LAYER,
    type: 'symbol',
    source: SOURCE,
    layout: {
      'text-field': ['get', 'label'],
      'text-font': [LABEL_FONT],
      'text-size': 18,
      'text-max-width': 9,
      'text-variable-anchor-offset': ['literal', besideIcon(1.1, 2.3, 3.5)] as never,
      'text-justify': 'auto',
      'text-overlap': 'never',
      'text-padding': 1,
    },
    paint: {
      'text-color': palette.label,
      'text-halo-color': palette.labelHalo,
      'text-halo-width': 2,
    },
  });
}
