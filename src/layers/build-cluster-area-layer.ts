import { GeoJsonLayer } from '@deck.gl/layers';
import type { LayerInputs } from './layer-inputs';
import { rgba } from './layer-inputs';

/**
 * The focus area of the selected cluster: a translucent area around its institutions, drawn
 * under the points. Only for the selected cluster: for all five at once the map turns to foam.
 */
export function buildClusterAreaLayer(inputs: LayerInputs) {
  const selected = inputs.selection?.kind === 'cluster' ? inputs.selection.id : undefined;
  const visible = inputs.overlays.clusterAreas.filter((a) => a.id === selected && !inputs.hiddenClusters.includes(a.id));
  const colour = (id: string) => inputs.data.clustersById.get(id)?.color ?? '#888888';
  return new GeoJsonLayer({
    id: 'cluster-areas',
    data: visible.map((a) => ({ ...a.area, properties: { id: a.id } })),
    filled: true,
    stroked: true,
    getFillColor: (f) => rgba(colour(String(f.properties?.id)), 60),
    getLineColor: (f) => rgba(colour(String(f.properties?.id)), 200),
    getLineWidth: 1.5,
    lineWidthUnits: 'pixels',
    pickable: false,
  });
}
