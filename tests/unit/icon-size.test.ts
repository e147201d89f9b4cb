import { describe, expect, it } from 'vitest';
import { ICON_MAX_PX, ICON_MIN_PX, iconPixelSize, zoomForIconPixels } from '../../src/layers/icon-size';

describe('institution icon size', () => {
  it('finds the zooms where the icon reaches its clamps (the icon layers scale between them)', () => {
    const zMin = zoomForIconPixels(ICON_MIN_PX, 51.5);
    const zMax = zoomForIconPixels(ICON_MAX_PX, 51.5);
    expect(iconPixelSize(zMin, 51.5)).toBeCloseTo(ICON_MIN_PX, 6);
    expect(iconPixelSize(zMax, 51.5)).toBeCloseTo(ICON_MAX_PX, 6);
    expect(zMin).toBeGreaterThan(9);
    expect(zMax).toBeLessThan(11);
  });

  it('doubles with each zoom level between the clamps, as a base-2 exponential interpolation assumes', () => {
    const zMin = zoomForIconPixels(ICON_MIN_PX, 51.5);
    const zMax = zoomForIconPixels(ICON_MAX_PX, 51.5);
    for (const z of [zMin + 0.1, (zMin + zMax) / 2, zMax - 0.1]) {
      // MapLibre's ['interpolate', ['exponential', 2], ['zoom'], zMin, a, zMax, b] at z.
      const t = (2 ** (z - zMin) - 1) / (2 ** (zMax - zMin) - 1);
      const interpolated = ICON_MIN_PX + t * (ICON_MAX_PX - ICON_MIN_PX);
      expect(interpolated).toBeCloseTo(iconPixelSize(z, 51.5), 6);
    }
  });
});
