import type { Map as MapLibreMap } from 'maplibre-gl';
import { LAYER, SOURCE } from './base-style';

const LAYER_ID = 'choropleth-fill';
/** The hovered unit (a town, or all of a Kreis) lets the light hover fill beneath show through. */
const HOVER_AWARE_OPACITY = ['case', ['boolean', ['feature-state', 'hover'], false], 0.55, 0.85] as never;

/**
 * Colours the municipalities by class: `classes` maps AGS to a class index (null = no value,
 * hatched grey by the base fill), `colours` one colour per class. Empty colours remove the layer.
 */
export function setChoropleth(map: MapLibreMap, classes: ReadonlyMap<string, number | null>, colours: readonly string[]): void {
  for (const [ags, cls] of classes) map.setFeatureState({ source: SOURCE.base, id: ags }, { cls: cls ?? -1 });
  if (colours.length === 0) {
    if (map.getLayer(LAYER_ID)) map.removeLayer(LAYER_ID);
    return;
  }
  const match: unknown[] = ['match', ['to-number', ['feature-state', 'cls'], -1]];
  colours.forEach((c, i) => match.push(i, c));
  match.push('rgba(0,0,0,0)');
  if (map.getLayer(LAYER_ID)) {
    map.setPaintProperty(LAYER_ID, 'fill-color', match as never);
  } else {
    map.addLayer(
      {
        id: LAYER_ID,
        type: 'fill',
        source: SOURCE.base,
        filter: ['==', ['get', 'kind'], 'municipality'],
        paint: { 'fill-color': match as never, 'fill-opacity': HOVER_AWARE_OPACITY },
      },
      LAYER.municipalityLine,
    );
  }
}
