import { describe, expect, it } from 'vitest';
import { labelBox, stripePattern, type StyleImage } from '../../src/layers/style-images';

const at = (img: StyleImage, x: number, y: number) => [...img.data.slice((y * img.width + x) * 4, (y * img.width + x) * 4 + 4)];

describe('hatching pattern', () => {
  const two = stripePattern(['#D55E00', '#0072B2']);

  it('repeats without a seam: every pixel equals its neighbour along the diagonal, across the tile edge', () => {
    for (let y = 0; y < 16; y++) {
      for (let x = 0; x < 16; x++) expect(at(two, x, y)).toEqual(at(two, (x + 1) % 16, (y + 15) % 16));
    }
  });

  it('shows a stripe of each colour at the chosen opacity, with clear ground between', () => {
    const pixels = Array.from({ length: 16 }, (_, x) => at(two, x, 0));
    const orange = pixels.filter(([r, , b, a]) => r! > 150 && b! < 80 && a! > 90);
    const blue = pixels.filter(([r, , b, a]) => b! > 120 && r! < 60 && a! > 90);
    expect(orange.length).toBeGreaterThan(0);
    expect(blue.length).toBeGreaterThan(0);
    expect(Math.max(...pixels.map((p) => p[3]!))).toBeLessThanOrEqual(Math.round(0.4 * 255) + 1);
    expect(pixels.some((p) => p[3] === 0)).toBe(true);
  });
});

describe('label box', () => {
  const box = labelBox(24, 6, 2, 'rgba(255, 255, 255, 0.9)', 'rgba(63, 58, 51, 0.65)');

  it('is white inside, ink at the edge and clear outside the round corners', () => {
    expect(at(box, 12, 12)).toEqual([255, 255, 255, 230]);
    const [r, , , a] = at(box, 0, 12);
    expect(r).toBeLessThan(140);
    expect(a).toBeGreaterThan(150);
    expect(at(box, 0, 0)[3]).toBe(0);
  });
});
