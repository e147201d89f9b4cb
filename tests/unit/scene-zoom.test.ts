import { describe, expect, it } from 'vitest';
import { sceneZoom } from '../../src/map/fly-to-request';

describe('a scene camera on a smaller screen', () => {
  it('keeps the scene zoom beside the card on a 1280×720 projector and on anything larger', () => {
    expect(sceneZoom(9.4, { width: 720, height: 670 })).toBe(9.4);
    expect(sceneZoom(9.4, { width: 1360, height: 1030 })).toBe(9.4);
  });

  it('zooms out by as much as the visible map is smaller, on its tighter side', () => {
    // 1024×768: the map beside the card is 558 px wide, so the scene's extent needs 0.37 levels less.
    expect(sceneZoom(9.4, { width: 558, height: 700 })).toBeCloseTo(9.4 + Math.log2(558 / 720), 6);
    // A phone, the card a sheet below: half as wide, so one level out.
    expect(sceneZoom(10.6, { width: 360, height: 400 })).toBeCloseTo(9.6, 6);
    expect(sceneZoom(10, { width: 720, height: 335 })).toBeCloseTo(9, 6);
  });

  it('leaves the zoom alone when there is no visible map to fit (a card over everything)', () => {
    expect(sceneZoom(9, { width: 0, height: 500 })).toBe(9);
    expect(sceneZoom(9, { width: -20, height: 500 })).toBe(9);
  });
});
