import type { Layer } from '@deck.gl/core';

/** Inputs of the deck.gl data layers; grows with the cluster, corridor and institution data. */
export type LayerInputs = Record<string, never>;

/**
 * Pure builder: (data, state) -> deck.gl layers with stable ids, rebuilt on every change and
 * diffed by deck.gl. The base map (municipalities, borders, labels) is MapLibre's; the data
 * layers of clusters, corridors and institutions are added here.
 */
export function buildLayers(_inputs: LayerInputs): Layer[] {
  return [];
}
