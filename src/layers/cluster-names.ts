import { hsl } from 'd3-color';
import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasData } from '../domain/atlas-data';
import { say } from '../i18n/localized';
import { LABEL_FONT, LAYER } from './base-style';
import { CLUSTER_NAME_LAYER, CLUSTER_NAME_LAYER_SMALL_SCALE } from './layer-ids';
import { NAMES_AVOID_ICONS_ZOOM, REGION_SCALE_MAX_ZOOM } from './label-places';
import { palette } from './palette';

const SOURCE = 'cluster-names';

/** The cluster's colour, dark enough to read as text on the pale map. */
const textColour = (colour: string) => {
  const c = hsl(colour);
  c.l = Math.min(c.l, 0.34);
  return c.formatHex();
};

/**
 * The top of the hierarchy at region scale: each of today's clusters named once, in its colour,
 * just below or above the name of the town the sources call its focus (Bochum, Duisburg), never on
 * it, by its short name ("Gesundheit"). A first view, even on a phone, says what the atlas shows.
 * Context clusters (the Montan heritage) and switched-off ones are not named; nor any during a
 * talk, whose card names the scene's clusters and whose map names the scene's places.
 */
export function showClusterNames(
  map: MapLibreMap,
  data: AtlasData,
  hiddenClusters: readonly string[],
  lang: 'de' | 'en',
  presenting = false,
): void {
  const collection: GeoJSON.FeatureCollection = {
    type: 'FeatureCollection',
    features: data.clusters.flatMap((c) => {
      const town = data.byAgs.get(c.focusAgs[0] ?? '');
      if (presenting || c.context || !town || hiddenClusters.includes(c.id)) return [];
      return [
        {
          type: 'Feature' as const,
          geometry: { type: 'Point' as const, coordinates: town.labelPoint },
          properties: { name: say(lang, c.short ?? c.name), colour: textColour(c.color) },
        },
      ];
    }),
  };
  const source = map.getSource(SOURCE) as GeoJSONSource | undefined;
  if (source) {
    source.setData(collection);
    return;
  }
  // Two layers, as a layer has one place in MapLibre's order. From zoom 8 (a desktop's region
  // view) over the icons but under the cities' names: the cities' names are placed first ("Bochum"
  // on its point), these beside them, then the towns' names, which keep clear of both. Below zoom 8
  // (a phone's region view, where "Dortmund" and "Gelsenkirchen" crowd Bochum) on top: each cluster
  // keeps its name, and a city's name waits for room.
  map.addSource(SOURCE, { type: 'geojson', data: collection });
  const below = map.getLayer(LAYER.cityLabelsOverIcons) ? LAYER.cityLabelsOverIcons : undefined;
  map.addLayer(nameLayer(CLUSTER_NAME_LAYER, { minzoom: NAMES_AVOID_ICONS_ZOOM, maxzoom: REGION_SCALE_MAX_ZOOM }), below);
  map.addLayer(nameLayer(CLUSTER_NAME_LAYER_SMALL_SCALE, { maxzoom: NAMES_AVOID_ICONS_ZOOM }));
}

function nameLayer(id: string, zooms: { minzoom?: number; maxzoom: number }): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source: SOURCE,
    ...zooms,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': [LABEL_FONT],
      'text-size': ['interpolate', ['linear'], ['zoom'], 7, 11, 8, 12, 10, 15] as never,
      'text-max-width': 10,
      // Below the town's name, else above it, else beside it: two clusters in one town stack.
      'text-variable-anchor-offset': [
        'literal',
        ['top', [0, 1.3], 'bottom', [0, -1.3], 'top', [0, 2.5], 'bottom', [0, -2.5], 'left', [3.5, 0], 'right', [-3.5, 0]],
      ] as never,
      'text-justify': 'auto',
      'text-padding': 2,
    },
    paint: { 'text-color': ['get', 'colour'], 'text-halo-color': palette.labelHalo, 'text-halo-width': 2 },
  };
}
