import { IconLayer } from '@deck.gl/layers';
import type { Institution } from '../domain/institution';
import { iconKey, institutionIconAtlas } from './institution-icon-atlas';
import type { LayerInputs } from './layer-inputs';

/** Fill of an institution whose cluster has no colour (cannot happen with validated data). */
const FALLBACK_COLOUR = '#555555';

/** The colour of an institution: its first cluster that is switched on. */
function colourOf(inst: Institution, inputs: LayerInputs): string {
  const id = inst.clusters.find((c) => !inputs.hiddenClusters.includes(c)) ?? inst.clusters[0]!;
  return inputs.data.clustersById.get(id)?.color ?? FALLBACK_COLOUR;
}

/**
 * Institution points: shape by category, colour by cluster. Sized in metres and clamped, so they
 * shrink when zoomed out (less overlap at region scale) and grow to touch size when zoomed in;
 * the pick radius adds to that. (deck.gl's collision filter would declutter further, but it
 * breaks picking in the overlaid MapLibre mode: measured here, the click fell through.)
 */
export function buildInstitutionLayer(inputs: LayerInputs) {
  const selectedId = inputs.selection?.kind === 'institution' ? inputs.selection.id : undefined;
  const hoveredId = inputs.hover?.kind === 'institution' ? inputs.hover.id : undefined;
  const { atlas, mapping } = institutionIconAtlas([...inputs.data.clusters.map((c) => c.color), FALLBACK_COLOUR]);
  return new IconLayer<Institution>({
    id: 'institutions',
    data: inputs.institutions,
    // deck.gl turns a canvas into a texture (an 'image' prop); its types name only string | Texture.
    iconAtlas: atlas as never,
    iconMapping: mapping,
    getPosition: (d) => d.position,
    getIcon: (d) => iconKey(d.category, colourOf(d, inputs)),
    getSize: (d) => (d.id === selectedId || d.id === hoveredId ? 1400 : 1000),
    sizeUnits: 'meters',
    sizeMinPixels: 13,
    sizeMaxPixels: 28,
    pickable: true,
    updateTriggers: {
      getIcon: [inputs.hiddenClusters.join()],
      getSize: [selectedId, hoveredId],
    },
  });
}
