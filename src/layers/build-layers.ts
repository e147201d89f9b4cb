import type { Layer } from '@deck.gl/core';
import { buildClusterAreaLayer } from './build-cluster-area-layer';
import { buildCorridorBandLayer } from './build-corridor-band-layer';
import { buildDensityLayer } from './build-density-layer';
import { showsDensity } from './density-rule';
import { buildInstitutionHighlightLayer, buildInstitutionLayer } from './build-institution-layer';
import type { LayerInputs } from './layer-inputs';

export type { LayerInputs } from './layer-inputs';

/**
 * Pure builder: (data, state) -> deck.gl layers with stable ids, rebuilt on every change and
 * diffed by deck.gl. The base map (municipalities, borders, labels, focus hatching) and the
 * corridor names are MapLibre's.
 * Order: cluster areas, corridors, then the points on top, then the ring of the selected one.
 */
export function buildLayers(inputs: LayerInputs): Layer[] {
  const points = showsDensity(inputs) ? [buildDensityLayer(inputs)] : [buildInstitutionLayer(inputs), buildInstitutionHighlightLayer(inputs)];
  return [buildClusterAreaLayer(inputs), buildCorridorBandLayer(inputs), ...points];
}
