import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { buildLayers, type LayerInputs } from '../layers/build-layers';

/**
 * deck.gl over the map. Loaded with a dynamic import after the first map render, so the first
 * view does not wait for (or download before) deck.gl.
 */
export function attachDeckOverlay(map: MapLibreMap, inputs: LayerInputs): (next: LayerInputs) => void {
  const overlay = new MapLibreOverlay({ interleaved: false, layers: buildLayers(inputs) });
  map.addControl(overlay);
  return (next) => overlay.setProps({ layers: buildLayers(next) });
}
