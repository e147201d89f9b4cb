import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { Institution } from '../../src/domain/institution';
import { iconPixelSize } from '../../src/layers/icon-size';
import { institutionPicker } from '../../src/map/institution-picker';

/** A north-up Web Mercator view (512-px tiles, as MapLibre), centred on Bochum, 1000×800 px. */
function view(zoom: number): MapLibreMap {
  const world = 512 * 2 ** zoom;
  const toWorld = ([lng, lat]: [number, number]) => [
    ((lng + 180) / 360) * world,
    ((1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2) * world,
  ];
  const [cx, cy] = toWorld([7.22, 51.48]);
  return {
    getZoom: () => zoom,
    project: (p: [number, number]) => {
      const [x, y] = toWorld(p);
      return { x: x! - cx! + 500, y: y! - cy! + 400 };
    },
    unproject: ([x, y]: [number, number]) => {
      const wx = x - 500 + cx!;
      const wy = y - 400 + cy!;
      return { lng: (wx / world) * 360 - 180, lat: (Math.atan(Math.sinh(Math.PI * (1 - (2 * wy) / world))) * 180) / Math.PI };
    },
  } as unknown as MapLibreMap;
}

const at = (id: string, position: [number, number]) => ({ id, position }) as Institution;

describe('picking institution icons on the CPU', () => {
  it('sizes icons as deck.gl draws 1000 m: 13 px at region zoom, 28 px zoomed in, about 21 px at zoom 10', () => {
    expect(iconPixelSize(8, 51.5)).toBe(13);
    expect(iconPixelSize(13, 51.5)).toBe(28);
    expect(iconPixelSize(10, 51.5)).toBeCloseTo(21.0, 0);
  });

  it('finds the icon under the pointer within half its size plus 6 px, and the nearer of two', () => {
    const map = view(13);
    const a = at('a', [7.22, 51.48]);
    const b = at('b', [7.2203, 51.48]); // ~21 m east: 5.7 px at zoom 13
    const pick = institutionPicker(map, [a, b]);
    const pa = map.project(a.position);
    expect(pick(pa.x, pa.y)?.id).toBe('a');
    expect(pick(pa.x + 6, pa.y)?.id).toBe('b');
    // 28 px icon: 14 + 6 px reach to the west of a, nothing beyond.
    expect(pick(pa.x - 19.5, pa.y)?.id).toBe('a');
    expect(pick(pa.x - 21, pa.y)).toBeUndefined();
    expect(pick(-1, -1)).toBeUndefined();
  });

  it('finds nothing where there are no points, also with none at all', () => {
    const map = view(11);
    expect(institutionPicker(map, [at('a', [7.0, 51.4])])(500, 400)).toBeUndefined();
    expect(institutionPicker(map, [])(500, 400)).toBeUndefined();
  });
});
