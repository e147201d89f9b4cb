/**
 * The map as the user sees it, as one canvas: MapLibre's canvas with deck.gl's on top (both keep
 * their drawing buffers). Used for the handout and later for PNG export.
 */
export function captureMap(container: HTMLElement): HTMLCanvasElement {
  const canvases = [...container.querySelectorAll('canvas')].filter((c) => c.width > 0 && c.offsetParent !== null);
  const base = canvases[0];
  const out = document.createElement('canvas');
  out.width = base?.width ?? 1;
  out.height = base?.height ?? 1;
  const ctx = out.getContext('2d')!;
  for (const c of canvases) ctx.drawImage(c, 0, 0, out.width, out.height);
  return out;
}
