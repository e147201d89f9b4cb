import { GeoJsonLayer, TextLayer } from '@deck.gl/layers';
import type { CorridorOverlay } from '../analysis/derive-overlays';
import type { LayerInputs } from './layer-inputs';

const INK: [number, number, number] = [63, 58, 51];
/** Below this zoom the bands overlap too much for names; the legend names them. */
const LABEL_MIN_ZOOM = 9.3;

/** The corridors switched on: what is drawn, and what a pointer can pick (map/corridor-picker.ts). */
export function visibleCorridors(inputs: Pick<LayerInputs, 'overlays' | 'hiddenCorridors'>): CorridorOverlay[] {
  return inputs.overlays.corridors.filter((c) => !inputs.hiddenCorridors.includes(c.id));
}

/** Corridor bands (a soft band with a firm edge) and their names; clicking one selects it (picked in map/). */
export function buildCorridorLayers(inputs: LayerInputs) {
  const visible = visibleCorridors(inputs);
  const selectedId = inputs.selection?.kind === 'corridor' ? inputs.selection.id : undefined;
  const hoveredId = inputs.hover?.kind === 'corridor' ? inputs.hover.id : undefined;
  const corridorName = (id: string) => {
    const c = inputs.data.corridors.find((x) => x.id === id)!;
    return inputs.lang === 'de' ? c.name_de : c.name_en;
  };
  const bands = new GeoJsonLayer({
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
  // At region scale the three bands overlap around Bochum: only the selected one is named there.
  const named = inputs.zoom >= LABEL_MIN_ZOOM ? visible : visible.filter((c) => c.id === selectedId);
  // No text layer without text: with characterSet 'auto' it would build an empty (0 px high) font
  // atlas, which WebGL rejects with a console warning, and cost the first frame a layer for nothing.
  if (named.length === 0) return [bands];
  const labels = new TextLayer<CorridorOverlay>({
    id: 'corridor-labels',
    data: named,
    getPosition: (c) => c.labelPoint,
    getText: (c) => corridorName(c.id),
    getSize: 14,
    getColor: INK,
    fontFamily: '"Source Sans 3", sans-serif',
    fontWeight: 600,
    background: true,
    getBackgroundColor: [255, 255, 255, 225],
    backgroundPadding: [6, 3],
    getBorderColor: [...INK, 160],
    getBorderWidth: 1,
    // Umlauts and the en dash of the names are outside deck.gl's default ASCII set.
    characterSet: 'auto',
    updateTriggers: { getText: [inputs.lang] },
  });
  return [bands, labels];
}
