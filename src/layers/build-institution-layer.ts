import { IconLayer } from '@deck.gl/layers';
import { CollisionFilterExtension, type CollisionFilterExtensionProps } from '@deck.gl/extensions';
import type { Institution } from '../domain/institution';
import { ICON_SIZE, iconUrl } from '../lib/institution-icons';
import type { LayerInputs } from './layer-inputs';

const collision = new CollisionFilterExtension();

/** The colour of an institution: its first cluster that is switched on. */
function colourOf(inst: Institution, inputs: LayerInputs): string {
  const id = inst.clusters.find((c) => !inputs.hiddenClusters.includes(c)) ?? inst.clusters[0]!;
  return inputs.data.clustersById.get(id)?.color ?? '#555555';
}

/**
 * Institution points: shape by category, colour by cluster, 22 px (touch-sized with the pick
 * radius). Overlapping points give way to each other when zoomed out (collision filter), the
 * selected and hovered ones first.
 */
export function buildInstitutionLayer(inputs: LayerInputs) {
  const selectedId = inputs.selection?.kind === 'institution' ? inputs.selection.id : undefined;
  const hoveredId = inputs.hover?.kind === 'institution' ? inputs.hover.id : undefined;
  return new IconLayer<Institution, CollisionFilterExtensionProps<Institution>>({
    id: 'institutions',
    data: inputs.institutions,
    getPosition: (d) => d.position,
    getIcon: (d) => {
      const colour = colourOf(d, inputs);
      return { id: `${d.category}-${colour}`, url: iconUrl(d.category, colour), width: ICON_SIZE, height: ICON_SIZE };
    },
    getSize: (d) => (d.id === selectedId || d.id === hoveredId ? 30 : 22),
    sizeUnits: 'pixels',
    pickable: true,
    extensions: [collision],
    collisionEnabled: true,
    getCollisionPriority: (d: Institution) => (d.id === selectedId ? 1000 : d.id === hoveredId ? 999 : d.clusters.length),
    collisionTestProps: { sizeScale: 0.8 },
    updateTriggers: {
      getIcon: [inputs.hiddenClusters.join()],
      getSize: [selectedId, hoveredId],
      getCollisionPriority: [selectedId, hoveredId],
    },
  });
}
