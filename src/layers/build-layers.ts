import type { Layer } from '@deck.gl/core';
import { buildDensityLayer } from './build-density-layer';
import { showsDensity } from './density-rule';
import { buildInstitutionHighlightLayer, buildInstitutionLayer } from './build-institution-layer';
import type { LayerInputs } from './layer-inputs';

export type { LayerInputs } from './layer-inputs';

/**
 * Pure builder: (data, state) -> deck.gl layers with stable ids, rebuilt on every change and
 * diffed by deck.gl: the institutions, as icons or a density grid, and the ring of the selected
 * one on top. Everything under them (municipalities, hatching, cluster area, corridor bands, names)
 * is MapLibre's (src/map/).
 */
export function buildLayers(inputs: LayerInputs): Layer[] {
  return showsDensity(inputs) ? [buildDensityLayer(inputs)] : [buildInstitutionLayer(inputs), buildInstitutionHighlightLayer(inputs)];
}
