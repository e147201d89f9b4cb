import type { LayerInputs } from './layer-inputs';

/**
 * When the institutions are drawn as a density grid instead of icons. Pure (no deck.gl import),
 * so the map's picker and icons follow the same rule without loading deck.gl.
 */

/** Above this many visible points, a zoomed-out map shows their density instead of icons. */
const DENSITY_THRESHOLD = 2000;
/** From this zoom on, icons are shown whatever their number (a few streets in view). */
const DENSITY_MAX_ZOOM = 12;

/** True when the points should be drawn as a density grid at this zoom. */
export function showsDensity(inputs: Pick<LayerInputs, 'institutions' | 'zoom'>): boolean {
  return inputs.institutions.length > DENSITY_THRESHOLD && inputs.zoom < DENSITY_MAX_ZOOM;
}
