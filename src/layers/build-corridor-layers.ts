import { GeoJsonLayer, TextLayer } from '@deck.gl/layers';
import type { CorridorOverlay } from '../analysis/derive-overlays';
import type { LayerInputs } from './layer-inputs';

const INK: [number, number, number] = [63, 58, 51];

/** Corridor bands (a soft band with a firm edge) and their names; clicking one selects it. */
export function buildCorridorLayers(inputs: LayerInputs) {
  const visible = inputs.overlays.corridors.filter((c) => !inputs.hiddenCorridors.includes(c.id));
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
    pickable: true,
    updateTriggers: { getFillColor: [selectedId, hoveredId], getLineWidth: [selectedId] },
  });
  const labels = new TextLayer<CorridorOverlay>({
    id: 'corridor-labels',
    data: visible,
    getPosition: (c) => labelPosition(c),
    getText: (c) => corridorName(c.id),
    getSize: 13,
    getColor: INK,
    fontFamily: 'Source Sans 3, sans-serif',
    fontWeight: 600,
    outlineWidth: 3,
    outlineColor: [255, 255, 255, 230],
    fontSettings: { sdf: true },
    getPixelOffset: [0, -14],
    characterSet: 'auto',
    updateTriggers: { getText: [inputs.lang] },
  });
  return [bands, labels];
}

/** The northernmost vertex of the band: the label sits on its edge, clear of the cities. */
function labelPosition(c: CorridorOverlay): [number, number] {
  const g = c.band.geometry;
  const ring = (g.type === 'Polygon' ? g.coordinates[0] : g.coordinates[0]![0])!;
  let best = ring[0]!;
  for (const p of ring) if (p[1]! > best[1]!) best = p;
  return [best[0]!, best[1]!];
}
