import { describe, expect, it } from 'vitest';
import { classBreaks, classOf } from '../../src/analysis/classify';
import { hooverIndex } from '../../src/analysis/hoover-index';
import { locationQuotient, MIN_CASES } from '../../src/analysis/location-quotient';
import { specialization } from '../../src/analysis/specialization';
import type { Institution } from '../../src/domain/institution';

function inst(id: string, ags: string, clusters: string[]): Institution {
  return {
    id,
    name: { de: id, en: id },
    category: 'research',
    clusters,
    ags,
    founded: null,
    foundedSource: null,
    url: null,
    source: { url: 'https://example.org', text: 'x', audit: null },
    description: { de: 'x', en: 'x' },
    aliases: [],
    precision: 'exact',
    site: null,
    seat: false,
    ended: null,
    facts: [],
    secondSource: null,
    position: [7, 51],
  };
}

describe('locationQuotient', () => {
  it('is 2 when the area has twice the regional share (hand-checked)', () => {
    // Area: 4 of 8 cases in the cluster (50 %); region: 10 of 40 (25 %) -> LQ 2.
    expect(locationQuotient(4, 8, 10, 40)).toEqual({ cases: 4, lq: 2, uncertain: false });
  });
  it('flags small counts as uncertain instead of hiding them', () => {
    const q = locationQuotient(1, 2, 10, 40);
    expect(q.lq).toBe(2);
    expect(q.uncertain).toBe(true);
    expect(MIN_CASES).toBe(3);
  });
  it('is null without cases in the area or region', () => {
    expect(locationQuotient(0, 0, 10, 40).lq).toBeNull();
    expect(locationQuotient(0, 5, 0, 40).lq).toBeNull();
  });
});

describe('hooverIndex', () => {
  it('is 0 for a cluster spread like the population and 0.75 when all in one of four equal areas', () => {
    expect(hooverIndex([1, 2, 3], [100, 200, 300])).toBeCloseTo(0, 10);
    // Shares 1,0,0,0 vs 0.25 each: (0.75 + 0.25 * 3) / 2 = 0.75.
    expect(hooverIndex([5, 0, 0, 0], [1, 1, 1, 1])).toBeCloseTo(0.75, 10);
    expect(hooverIndex([0, 0], [1, 1])).toBeNull();
  });
});

describe('specialization', () => {
  const areas = [
    { ags: 'A', population: 100_000, areaKm2: 100 },
    { ags: 'B', population: 300_000, areaKm2: 100 },
  ];
  const list = [
    inst('1', 'A', ['health']),
    inst('2', 'A', ['health']),
    inst('3', 'A', ['health']),
    inst('4', 'A', ['montan']),
    inst('5', 'B', ['montan']),
    inst('6', 'B', ['montan']),
    inst('7', 'B', ['montan']),
    inst('8', 'B', ['health', 'montan']),
  ];
  const s = specialization(areas, list, ['health', 'montan']);
  it('counts cases per area and per 100,000 inhabitants', () => {
    expect(s.profiles.get('A')!.clusters.health!.cases).toBe(3);
    expect(s.profiles.get('A')!.clusters.health!.per100k).toBeCloseTo(3, 10);
    expect(s.profiles.get('B')!.clusters.montan!.per100k).toBeCloseTo(4 / 3, 10);
  });
  it('computes LQ against the region (hand-checked) and ranks only certain values', () => {
    // Health: A 3 of 4 cases; region 4 of 8 -> (0.75) / (0.5) = 1.5. B: 1 of 4 -> 0.5, uncertain.
    expect(s.profiles.get('A')!.clusters.health!.lq).toBeCloseTo(1.5, 10);
    expect(s.profiles.get('B')!.clusters.health).toMatchObject({ cases: 1, uncertain: true });
    expect(s.ranking.health).toEqual(['A']);
    // Montan: A 1 of 4 (uncertain), B 4 of 4 -> 1 / (5/8) = 1.6.
    expect(s.profiles.get('B')!.clusters.montan!.lq).toBeCloseTo(1.6, 10);
    expect(s.ranking.montan).toEqual(['B']);
  });
  it('measures concentration against population', () => {
    // Health: 3/4 in A which holds 1/4 of the people -> (|0.75-0.25| + |0.25-0.75|)/2 = 0.5.
    expect(s.hoover.health).toBeCloseTo(0.5, 10);
  });
});

describe('classBreaks', () => {
  const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100];
  it('splits equal intervals by width', () => {
    expect(classBreaks([0, 10], 2, 'equal')).toEqual([5]);
    // Only three distinct values: at most three classes.
    const breaks = classBreaks([0, 5, 10], 5, 'equal');
    expect(breaks).toHaveLength(2);
    expect(breaks[0]).toBeCloseTo(10 / 3, 10);
  });
  it('puts equal counts into quantile classes', () => {
    const breaks = classBreaks([1, 2, 3, 4, 5, 6], 3, 'quantile');
    expect(breaks.map((b) => Number(b.toFixed(3)))).toEqual([2.667, 4.333]);
    expect([1, 2, 3, 4, 5, 6].map((v) => classOf(v, breaks))).toEqual([0, 0, 1, 1, 2, 2]);
  });
  it('finds the natural break before an outlier (jenks / ckmeans)', () => {
    expect(classBreaks(values, 2, 'jenks')).toEqual([10]);
  });
  it('never makes an empty or repeated class, whatever the ties (15 or 53 units)', () => {
    // The reported case: LQs with ties at the top gave quantile classes "1,73–1,78 / 1,78–1,78".
    const lqs = [1.2, 1.2, 1.2, 1.35, 1.5, 1.73, 1.78, 1.78, 1.78, 1.78, 1.78, 1.78, 1.78, 1.78, 1.78];
    let seed = 7;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const samples = [
      lqs,
      ...Array.from({ length: 200 }, (_, i) => Array.from({ length: i % 2 ? 15 : 53 }, () => Math.round(rnd() * ((i % 7) + 1)) / 2)),
    ];
    for (const xs of samples) {
      for (const scheme of ['quantile', 'equal', 'jenks'] as const) {
        const breaks = classBreaks(xs, 5, scheme);
        for (let i = 1; i < breaks.length; i++) expect(breaks[i]!).toBeGreaterThan(breaks[i - 1]!);
        const counts = Array.from({ length: breaks.length + 1 }, (_, k) => xs.filter((x) => classOf(x, breaks) === k).length);
        expect(
          counts.every((n) => n > 0),
          `${scheme} ${xs.join(',')} → ${breaks.join(',')}`,
        ).toBe(true);
      }
    }
  });
  it('assigns classes by upper limits', () => {
    expect(classOf(3, [3, 5])).toBe(0);
    expect(classOf(4, [3, 5])).toBe(1);
    expect(classOf(9, [3, 5])).toBe(2);
  });
});
