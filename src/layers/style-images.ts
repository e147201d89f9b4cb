import { rgb } from 'd3-color';
import type { IconShape } from './institution-icons';
import { roundedSquareDistance, shapeDistance } from './shape-distance';

/** Pixels in the shape MapLibre's addImage takes (straight, not premultiplied, RGBA). */
export interface StyleImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

type Rgba = [number, number, number, number];

/** Colour and opacity of a CSS colour, as 0–255 channels and 0–1 alpha. */
function rgba(colour: string, opacity = 1): Rgba {
  const c = rgb(colour);
  return [c.r, c.g, c.b, c.opacity * opacity];
}

/** Paints `top` with coverage `cover` over the premultiplied pixel `acc` (Porter–Duff "over"). */
function over(acc: Rgba, top: Rgba, cover: number): void {
  const a = top[3] * cover;
  for (let k = 0; k < 3; k++) acc[k] = top[k]! * a + acc[k]! * (1 - a);
  acc[3] = a + acc[3] * (1 - a);
}

function write(data: Uint8ClampedArray, i: number, acc: Rgba): void {
  const a = acc[3];
  data[i] = a > 0 ? acc[0] / a : 0;
  data[i + 1] = a > 0 ? acc[1] / a : 0;
  data[i + 2] = a > 0 ? acc[2] / a : 0;
  data[i + 3] = a * 255;
}

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

/**
 * Diagonal stripes (lower left to upper right), one per colour, evenly spaced, as a tile that
 * repeats without a seam. Computed, not drawn on a canvas: the first 2D canvas of a page costs a
 * measured ~90 ms of main thread in software rendering, on the path to the first complete map.
 */
export function stripePattern(colours: readonly string[], tile = 16, opacity = 0.4): StyleImage {
  const band = tile / (2 * colours.length);
  const halfWidth = Math.max(1.5, band * 0.6) / 2;
  const inks = colours.map((c) => rgba(c, opacity));
  const data = new Uint8ClampedArray(tile * tile * 4);
  for (let y = 0; y < tile; y++) {
    for (let x = 0; x < tile; x++) {
      const acc: Rgba = [0, 0, 0, 0];
      inks.forEach((ink, i) => {
        // Stripe i runs where x + y ≡ its offset (mod tile); distance measured across the stripe.
        const s = (((x + y + 1 - (i * 2 * band + band / 2)) % tile) + tile) % tile;
        const distance = Math.min(s, tile - s) / Math.SQRT2;
        over(acc, ink, clamp01(halfWidth + 0.5 - distance));
      });
      write(data, (y * tile + x) * 4, acc);
    }
  }
  return { width: tile, height: tile, data };
}

/** A filled box with round corners and a thin edge, for labels; MapLibre stretches its middle. */
export function labelBox(size: number, radius: number, edgeWidth: number, fill: string, edge: string): StyleImage {
  const data = new Uint8ClampedArray(size * size * 4);
  const [fillInk, edgeInk] = [rgba(fill), rgba(edge)];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = roundedSquareDistance(x + 0.5, y + 0.5, size / 2, size / 2, size / 2, radius);
      const acc: Rgba = [0, 0, 0, 0];
      over(acc, fillInk, clamp01(0.5 - d));
      // The edge: a band of edgeWidth just inside the outline.
      over(acc, edgeInk, clamp01(0.5 - d) * clamp01(d + edgeWidth + 0.5));
      write(data, (y * size + x) * 4, acc);
    }
  }
  return { width: size, height: size, data };
}

/**
 * A ring (no fill) of the given radius and line width, centred in a square with room for the
 * line: the mark around a selected or hovered institution.
 */
export function ringImage(radius: number, lineWidth: number, colour: string, opacity = 1): StyleImage {
  const size = Math.ceil(2 * (radius + lineWidth / 2) + 2);
  const ink = rgba(colour, opacity);
  const data = new Uint8ClampedArray(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const fromLine = Math.abs(Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2) - radius);
      const acc: Rgba = [0, 0, 0, 0];
      over(acc, ink, clamp01(lineWidth / 2 + 0.5 - fromLine));
      write(data, (y * size + x) * 4, acc);
    }
  }
  return { width: size, height: size, data };
}

/** How much of each pixel of an icon its fill and its outline cover (0–1), row by row. */
interface IconCoverage {
  size: number;
  fill: Float32Array;
  line: Float32Array;
}

/**
 * The coverage of an icon shape, `scale` pixels per unit of its `box`-unit square, with a line of
 * `lineWidth` units along its outline. Computed once per shape and then painted in each colour.
 */
export function iconCoverage(shape: IconShape, lineWidth: number, box: number, scale: number): IconCoverage {
  const size = box * scale;
  const fill = new Float32Array(size * size);
  const line = new Float32Array(size * size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // In device pixels, so the edges are smoothed over one pixel at any scale.
      const d = shapeDistance(shape, (x + 0.5) / scale, (y + 0.5) / scale) * scale;
      fill[y * size + x] = clamp01(0.5 - d);
      line[y * size + x] = clamp01((lineWidth * scale) / 2 + 0.5 - Math.abs(d));
    }
  }
  return { size, fill, line };
}

/**
 * An institution icon: its shape filled in `fill`, with its outline in `line` over it. Computed
 * like the hatching, not drawn on a canvas: drawing the icons on a 2D canvas cost a measured
 * 55–290 ms of main thread in software rendering.
 */
export function iconImage({ size, fill, line }: IconCoverage, fillColour: string, lineColour: string): StyleImage {
  const [fr, fg, fb, fa] = rgba(fillColour);
  const [lr, lg, lb, la] = rgba(lineColour);
  const data = new Uint8ClampedArray(size * size * 4);
  // The outline over the fill ("over", as in over()), written out for speed: 36 icons of 4096
  // pixels each took 110–130 ms through the general helpers.
  for (let i = 0; i < size * size; i++) {
    const top = line[i]! * la;
    const below = fill[i]! * fa * (1 - top);
    const alpha = top + below;
    if (alpha === 0) continue;
    data[i * 4] = (lr * top + fr * below) / alpha;
    data[i * 4 + 1] = (lg * top + fg * below) / alpha;
    data[i * 4 + 2] = (lb * top + fb * below) / alpha;
    data[i * 4 + 3] = alpha * 255;
  }
  return { width: size, height: size, data };
}
