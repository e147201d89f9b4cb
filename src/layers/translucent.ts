import { rgb } from 'd3-color';

/** A colour with the given opacity, as a CSS rgba() string MapLibre reads. */
export function translucent(colour: string, opacity: number): string {
  const c = rgb(colour);
  c.opacity = opacity;
  return c.formatRgb();
}
