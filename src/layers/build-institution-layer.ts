import { IconLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { Institution } from '../domain/institution';
import { ICON_MAX_PX, ICON_METRES, ICON_METRES_HIGHLIGHTED, ICON_MIN_PX } from './icon-size';
import { iconKey, institutionIconAtlas } from './institution-icon-atlas';
import { INK } from './ink';
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
 * the pick radius adds to that. Not pickable in deck.gl: GPU picking draws every point again and
 * reads the pixels back on each pointer move (60 ms at 10k points in software WebGL), so the map
 * picks them on the CPU from an index (map/institution-picker.ts). (deck.gl's collision filter
 * would declutter further, but it broke picking in the overlaid MapLibre mode.)
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
    getSize: (d) => (d.id === selectedId || d.id === hoveredId ? ICON_METRES_HIGHLIGHTED : ICON_METRES),
    sizeUnits: 'meters',
    sizeMinPixels: ICON_MIN_PX,
    sizeMaxPixels: ICON_MAX_PX,
    pickable: false,
    updateTriggers: {
      getIcon: [inputs.hiddenClusters.join()],
      getSize: [selectedId, hoveredId],
    },
  });
}

/**
 * A ring around the selected institution (and a fainter one around the hovered): zoomed in, the
 * icons are at their largest size already, so growing them no longer shows which one is meant.
 */
export function buildInstitutionHighlightLayer(inputs: LayerInputs) {
  const selectedId = inputs.selection?.kind === 'institution' ? inputs.selection.id : undefined;
  const hoveredId = inputs.hover?.kind === 'institution' ? inputs.hover.id : undefined;
  const marked = inputs.institutions.filter((i) => i.id === selectedId || i.id === hoveredId);
  return new ScatterplotLayer<Institution>({
    id: 'institution-highlight',
    data: marked,
    getPosition: (d) => d.position,
    // Just outside the highlighted icon's half size (ICON_METRES_HIGHLIGHTED / 2), clamped alike.
    getRadius: ICON_METRES,
    radiusUnits: 'meters',
    radiusMinPixels: ICON_MIN_PX / 2 + 5,
    radiusMaxPixels: ICON_MAX_PX / 2 + 5,
    filled: false,
    stroked: true,
    getLineColor: (d) => [...INK, d.id === selectedId ? 255 : 140],
    getLineWidth: 2.5,
    lineWidthUnits: 'pixels',
    updateTriggers: { getLineColor: [selectedId] },
  });
}
