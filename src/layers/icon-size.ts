/**
 * How big an institution icon is drawn: the map's icon layers and its picker use the same figures.
 */

/** Icon size on the ground, and its clamp on screen: small at region scale, touch size when zoomed in. */
export const ICON_METRES = 1000;
export const ICON_METRES_HIGHLIGHTED = 1400;
export const ICON_MIN_PX = 13;
export const ICON_MAX_PX = 28;

/** Web Mercator, 512-px tiles (MapLibre and deck.gl alike). */
const pixelsPerMetre = (zoom: number, latitude: number) => (512 * 2 ** zoom) / (40_075_016.686 * Math.cos((latitude * Math.PI) / 180));

/**
 * The drawn size in CSS pixels of an icon at this zoom and latitude, as the icon layers' size
 * expression draws it (institution-layers.ts): used to pick icons on the CPU.
 */
export function iconPixelSize(zoom: number, latitude: number): number {
  return Math.min(ICON_MAX_PX, Math.max(ICON_MIN_PX, ICON_METRES * pixelsPerMetre(zoom, latitude)));
}

/** The zoom at which `metres` (an icon's width by default) at this latitude are `px` wide on screen. */
export function zoomForIconPixels(px: number, latitude: number, metres = ICON_METRES): number {
  return Math.log2(px / (metres * pixelsPerMetre(0, latitude)));
}
