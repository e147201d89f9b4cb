import type { GeoJSONSource, Map as MapLibreMap, SymbolLayerSpecification } from 'maplibre-gl';
import { LABEL_FONT, LAYER } from './base-style';
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
 * One name layer. Both sit below the municipality names, so MapLibre places those first (it places
 * the top layer first) and moves a corridor name to a free side of its point instead of covering
 * "Bochum"; where no side is free the name stays hidden until zooming makes room.
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
      'text-variable-anchor': ['center', 'left', 'right', 'top', 'bottom', 'top-left', 'top-right', 'bottom-left', 'bottom-right'],
      'text-radial-offset': 0.9,
      'text-justify': 'auto',
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
  map.addImage(BOX_IMAGE, labelBox(BOX_PX, CORNER, EDGE, palette.corridorLabelBox, palette.corridorLabelEdge), { pixelRatio: BOX_RATIO, stretchX: [straight], stretchY: [straight], content: [CORNER, CORNER, BOX_PX - CORNER, BOX_PX - CORNER] });
  map.addSource(SOURCE_ID, { type: 'geojson', data: collection });
  // The selected name above the others: it is placed first.
  map.addLayer(labelLayer('corridor-labels', false), LAYER.labels);
  map.addLayer(labelLayer('corridor-label-selected', true), LAYER.labels);
}
