import { GeoJsonLayer } from '@deck.gl/layers';
import { visibleCorridors } from '../analysis/visible-corridors';
import { INK } from './ink';
import type { LayerInputs } from './layer-inputs';

/**
 * Corridor bands (a soft band with a firm edge); clicking one selects it (picked in map/). Their
 * names are MapLibre labels (map/corridor-labels.ts), placed around the municipality names.
 */
export function buildCorridorBandLayer(inputs: LayerInputs) {
  const visible = visibleCorridors(inputs.overlays, inputs.hiddenCorridors);
  const selectedId = inputs.selection?.kind === 'corridor' ? inputs.selection.id : undefined;
  const hoveredId = inputs.hover?.kind === 'corridor' ? inputs.hover.id : undefined;
  return new GeoJsonLayer({
    id: 'corridor-bands',
    data: visible.map((c) => ({ ...c.band, properties: { id: c.id } })),
    filled: true,
    stroked: true,
    getFillColor: (f) => [...INK, f.properties?.id === selectedId || f.properties?.id === hoveredId ? 70 : 34],
    getLineColor: [...INK, 200],
    getLineWidth: (f) => (f.properties?.id === selectedId ? 3 : 1.5),
    lineWidthUnits: 'pixels',
    // Hover and click find the band on the CPU (map/corridor-picker.ts).
    pickable: false,
    updateTriggers: { getFillColor: [selectedId, hoveredId], getLineWidth: [selectedId] },
  });
}
