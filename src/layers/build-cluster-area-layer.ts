import { GeoJsonLayer } from '@deck.gl/layers';
import type { LayerInputs } from './layer-inputs';
import { rgba } from './layer-inputs';

/**
 * Cluster focus areas: translucent areas around each cluster's institutions, drawn under the
 * points. Overlaps mix, and each keeps its own outline, so Bochum shows both health and IT security.
 */
export function buildClusterAreaLayer(inputs: LayerInputs) {
  const visible = inputs.overlays.clusterAreas.filter((a) => !inputs.hiddenClusters.includes(a.id));
  const colour = (id: string) => inputs.data.clustersById.get(id)?.color ?? '#888888';
  return new GeoJsonLayer({
    id: 'cluster-areas',
    data: visible.map((a) => ({ ...a.area, properties: { id: a.id } })),
    filled: true,
    stroked: true,
    getFillColor: (f) => rgba(colour(String(f.properties?.id)), 30),
    getLineColor: (f) => rgba(colour(String(f.properties?.id)), 110),
    getLineWidth: 1,
    lineWidthUnits: 'pixels',
    pickable: false,
  });
}
