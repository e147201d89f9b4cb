import { describe, expect, it } from 'vitest';
import { iconKey, iconOf } from '../../src/map/institution-images';
import { ringImage } from '../../src/map/style-images';
import { loadAtlasDataFromDisk } from '../support/load-data-from-disk';

describe('institution icon', () => {
  const data = loadAtlasDataFromDisk();
  const bochumBoth = data.institutions.find((i) => i.clusters.length > 1)!;
  const colour = (id: string) => data.clustersById.get(id)!.color;

  it('takes the colour of its first cluster, or of the next one when that is switched off', () => {
    const [first, second] = bochumBoth.clusters as [string, string];
    expect(iconOf(bochumBoth, data, [])).toBe(iconKey(bochumBoth.category, colour(first)));
    expect(iconOf(bochumBoth, data, [first])).toBe(iconKey(bochumBoth.category, colour(second)));
  });

  it('has one image name per shape group and colour, not per institution', () => {
    const names = new Set(data.institutions.map((i) => iconOf(i, data, [])));
    expect(names.size).toBeLessThanOrEqual(new Set(data.institutions.map((i) => i.category)).size * data.clusters.length);
    expect(names.size).toBeLessThan(data.institutions.length);
  });
});

describe('selection ring', () => {
  const ring = ringImage(19, 2.5, '#3f3a33');
  const alpha = (x: number, y: number) => ring.data[(y * ring.width + x) * 4 + 3]!;
  const mid = Math.floor(ring.width / 2);

  it('is clear in the middle (the icon shows through) and opaque on its line', () => {
    expect(alpha(mid, mid)).toBe(0);
    expect(alpha(mid + 19, mid)).toBeGreaterThan(200);
    expect(alpha(mid, mid - 19)).toBeGreaterThan(200);
  });

  it('fits its square with the whole line, clear in the corners', () => {
    expect(ring.width).toBeGreaterThanOrEqual(2 * (19 + 1.25));
    expect(alpha(0, 0)).toBe(0);
    expect(alpha(ring.width - 1, ring.height - 1)).toBe(0);
  });
});
