import type { GeoJSONSource, Map as MapLibreMap, SymbolLayerSpecification } from 'maplibre-gl';
import { LABEL_FONT } from './base-style';
import { INSTITUTION_LAYERS_BOTTOM } from './institution-layer-ids';
import { labelPlaces } from './label-places';
import { palette } from './palette';
import { labelBox } from './style-images';

export interface CorridorLabel {
  id: string;
  name: string;
  point: [number, number];
  selected: boolean;
}

const SOURCE_ID = 'corridor-labels';
const BOX_IMAGE = 'corridor-label-box';
/** Below this zoom the three bands overlap around Bochum: only the selected corridor is named. */
const LABEL_MIN_ZOOM = 9.3;
/** The box is drawn at twice its CSS size, so it stays crisp on high-density screens. */
const BOX_RATIO = 2;
const BOX_PX = 12 * BOX_RATIO;
const CORNER = 3 * BOX_RATIO;
/** A one-CSS-pixel edge. */
const EDGE = 1 * BOX_RATIO;

/**
 * One name layer. A corridor name takes the first place around its point that is free of icons
 * and of the other corridor's name; the municipality names are placed after it and move off it.
 */
function labelLayer(id: string, selected: boolean): SymbolLayerSpecification {
  return {
    id,
    type: 'symbol',
    source: SOURCE_ID,
    ...(selected ? {} : { minzoom: LABEL_MIN_ZOOM }),
    filter: ['==', ['get', 'selected'], selected],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': [LABEL_FONT],
      'text-size': 14,
      'text-max-width': 12,
      'text-variable-anchor-offset': labelPlaces(0.9, 2.5) as never,
      'text-justify': 'auto',
      // Where no place is free, over the icons rather than gone: in the 2005 scene (zoom 9.6) both
      // corridor names, the scene's subject, had no free place among the icons and vanished.
      'text-overlap': 'cooperative',
      'icon-overlap': 'cooperative',
      'icon-image': BOX_IMAGE,
      'icon-text-fit': 'both',
      'icon-text-fit-padding': [3, 6, 3, 6],
    },
    paint: { 'text-color': palette.label },
  };
}

/** Names the visible corridors on the map; the selected one at every zoom, the others zoomed in. */
export function showCorridorLabels(map: MapLibreMap, labels: readonly CorridorLabel[]): void {
  const collection: GeoJSON.FeatureCollection = {
    type: 'FeatureCollection',
    features: labels.map((l) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: l.point },
      properties: { id: l.id, name: l.name, selected: l.selected },
    })),
  };
  const source = map.getSource(SOURCE_ID) as GeoJSONSource | undefined;
  if (source) {
    source.setData(collection);
    return;
  }
  // Only the straight middle stretches; the round corners keep their size.
  const straight: [number, number] = [CORNER, BOX_PX - CORNER];
  map.addImage(BOX_IMAGE, labelBox(BOX_PX, CORNER, EDGE, palette.corridorLabelBox, palette.corridorLabelEdge), {
    pixelRatio: BOX_RATIO,
    stretchX: [straight],
    stretchY: [straight],
    content: [CORNER, CORNER, BOX_PX - CORNER, BOX_PX - CORNER],
  });
  map.addSource(SOURCE_ID, { type: 'geojson', data: collection });
  // Above the municipality names and below the institution icons, so MapLibre places the corridor
  // names after the icons and before the municipality names (it places the top layer first). The
  // selected name above the others: it is placed first.
  const below = map.getLayer(INSTITUTION_LAYERS_BOTTOM) ? INSTITUTION_LAYERS_BOTTOM : undefined;
  map.addLayer(labelLayer('corridor-labels', false), below);
  map.addLayer(labelLayer('corridor-label-selected', true), below);
}
