import { describe, expect, it } from 'vitest';
import { iconKey, iconOf } from '../../src/layers/institution-images';
import { SHAPES, shapePath } from '../../src/layers/institution-icons';
import { iconCoverage, iconImage, ringImage } from '../../src/layers/style-images';
import { loadAtlasDataFromDisk } from '../../tools/load-data-from-disk';

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

describe('icon pixels, computed from the shapes the legend draws', () => {
  const at = (img: { width: number; data: Uint8ClampedArray }, x: number, y: number) => [
    ...img.data.slice((y * img.width + x) * 4, (y * img.width + x) * 4 + 4),
  ];

  it("writes the legend paths the icons had as SVG (the legend shows the map's shapes)", () => {
    expect(shapePath(SHAPES.university)).toBe('M7 5h18a2 2 0 0 1 2 2v18a2 2 0 0 1 -2 2h-18a2 2 0 0 1 -2 -2v-18a2 2 0 0 1 2 -2z');
    expect(shapePath(SHAPES.hospital)).toBe('M12 4L20 4L20 12L28 12L28 20L20 20L20 28L12 28L12 20L4 20L4 12L12 12z');
  });

  it('fills each shape with the cluster colour inside a white outline, clear outside', () => {
    for (const category of ['university', 'research', 'hospital', 'technology-centre', 'logistics', 'heritage'] as const) {
      const img = iconImage(iconCoverage(SHAPES[category], 2.5, 32, 2), '#D55E00', '#ffffff');
      expect(img.width).toBe(64);
      // The middle of every shape (the cross's too) is inside it.
      expect(at(img, 32, 34), category).toEqual([213, 94, 0, 255]);
      expect(at(img, 0, 0), category).toEqual([0, 0, 0, 0]);
    }
    // On the diamond's left corner (3, 16): the outline's white.
    const diamond = iconImage(iconCoverage(SHAPES['technology-centre'], 2.5, 32, 2), '#D55E00', '#ffffff');
    expect(at(diamond, 6, 32)).toEqual([255, 255, 255, 255]);
  });
});
