/** The institutions' sources and layers, top to bottom: ring, highlighted icon, icons. */
export const INSTITUTION_SOURCE = { icons: 'institutions', highlight: 'institution-highlight' } as const;
export const INSTITUTION_LAYER = {
  ring: 'institution-ring',
  highlightIcon: 'institution-highlight',
  icons: 'institutions',
  regionIcons: 'institutions-region',
} as const;
/**
 * The lowest institution layer: the corridor names go below it, so MapLibre places the icons
 * first and the names avoid them.
 */
export const INSTITUTION_LAYERS_BOTTOM = INSTITUTION_LAYER.regionIcons;
