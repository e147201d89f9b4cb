import KDBush from 'kdbush';
import { describe, expect, it } from 'vitest';
import { samplePoints } from '../../src/analysis/point-sample';
import { seededRandom } from '../../tools/seeded-random';

// 50,000 SYNTHETIC points over the Ruhr's box, as a software renderer's sample would meet them.
const rnd = seededRandom(7);
const count = 50_000;
const xy = Float64Array.from({ length: count * 2 }, (_, k) => (k % 2 ? 51.25 + rnd() * 0.55 : 6.3 + rnd() * 1.7));
const index = new KDBush(count, 64, Float64Array);
for (let i = 0; i < count; i++) index.add(xy[2 * i]!, xy[2 * i + 1]!);
index.finish();
const region = [6.3, 51.25, 8.0, 51.8] as const;
const bochum = [7.1, 51.4, 7.35, 51.55] as const;
const all = () => true;
const inBox = (b: readonly number[], i: number) =>
  xy[2 * i]! >= b[0]! && xy[2 * i]! <= b[2]! && xy[2 * i + 1]! >= b[1]! && xy[2 * i + 1]! <= b[3]!;

describe('the points a software renderer draws', () => {
  it('draws every shown point in view when they fit the budget', () => {
    const { ids, inView } = samplePoints(index, bochum, all, 5000);
    const expected = [...Array(count).keys()].filter((i) => inBox(bochum, i));
    expect(inView).toBe(expected.length);
    expect(expected.length).toBeLessThan(5000);
    expect([...ids]).toEqual(expected);
  });

  it('draws a sample of about the budget when more are in view, the same one every time', () => {
    const first = samplePoints(index, region, all, 5000);
    expect(first.inView).toBe(count);
    expect(first.ids.length).toBeLessThanOrEqual(5000);
    expect(first.ids.length).toBeGreaterThan(4700);
    expect([...samplePoints(index, region, all, 5000).ids]).toEqual([...first.ids]);
  });

  it('keeps the points already drawn when zooming in, and adds others', () => {
    const wide = samplePoints(index, region, all, 3000);
    const narrow = samplePoints(index, [6.9, 51.3, 7.6, 51.6], all, 3000);
    const kept = [...wide.ids].filter((i) => inBox([6.9, 51.3, 7.6, 51.6], i));
    const drawn = new Set(narrow.ids);
    expect(kept.every((i) => drawn.has(i))).toBe(true);
    expect(narrow.ids.length).toBeGreaterThan(kept.length * 2);
  });

  it('samples among the shown points only, so a rare value switched on alone is drawn whole', () => {
    const rare = (i: number) => i % 100 === 0;
    const { ids, inView } = samplePoints(index, region, rare, 5000);
    expect(inView).toBe(count / 100);
    expect(ids.length).toBe(count / 100);
    expect([...ids].every(rare)).toBe(true);
  });
});
