import type { FitBoundsOptions } from 'maplibre-gl';

/**
 * How the camera fits a selected item: a margin all round, more at the bottom, where the time
 * slider lies over the map (on a phone it hid the town name the view was fitted to show), and no
 * closer than zoom 13, since the base map has no streets to show.
 */
export const SELECTION_FIT: FitBoundsOptions = {
  padding: { top: 48, right: 48, left: 48, bottom: 104 },
  maxZoom: 13,
};

/** How the camera fits the whole region: the first view, and the back button to a link without one. */
export const REGION_FIT: FitBoundsOptions = { padding: 12 };
