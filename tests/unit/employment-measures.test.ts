// The measures the anchors use, checked against hand calculations on a small SYNTHETIC table
// (values made up for the arithmetic; the shipped data's figures are checked elsewhere).
import { describe, expect, it } from 'vitest';
import { cagr } from '../../src/analysis/employment-growth';
import { employmentLq, MIN_EMPLOYEES } from '../../src/analysis/employment-lq';
import { lqGrowthPoints, quadrantOf } from '../../src/analysis/lq-growth-quadrant';
import { sectorSpecialisation } from '../../src/analysis/sector-specialisation';
import { shiftShare } from '../../src/analysis/shift-share';
import { strongClusters } from '../../src/analysis/strong-cluster';
import { cellValue, type EmploymentCell, type EmploymentTable } from '../../src/domain/employment';

const cells: Record<string, EmploymentCell> = {
  'A|2020|C': { value: 300 },
  'A|2020|Q': { value: 200 },
  'A|2020|total': { value: 1000 },
  'B|2020|C': { value: 50 },
  'B|2020|Q': { marker: '.' },
  'B|2020|total': { value: 500 },
  'R|2020|C': { value: 2000 },
  'R|2020|Q': { value: 1000 },
  'R|2020|total': { value: 10000 },
};
const table: EmploymentTable = {
  source: {
    table: 'synthetic',
    title: 'synthetic',
    publisher: 'test',
    referenceDate: '30.06.',
    retrieved: '',
    licence: '',
    url: 'https://example.org',
  },
  measure: 'synthetic',
  units: [],
  sections: [],
  years: [2020],
  cell: (u, y, s) => cells[`${u}|${y}|${s}`],
};

describe('employment location quotient', () => {
  it('is the section share over the reference share', () => {
    // A: 300/1000 = 0.30 against R: 2000/10000 = 0.20 → 1.5.
    expect(employmentLq(table, 'A', 'C', 2020, 'R')).toEqual({ employees: 300, lq: expect.closeTo(1.5, 10), small: false });
  });
  it('flags a small section and keeps a marker as no value, never as zero', () => {
    expect(MIN_EMPLOYEES).toBe(100);
    // B: 50/500 = 0.10 against 0.20 → 0.5, but only 50 employees.
    expect(employmentLq(table, 'B', 'C', 2020, 'R')).toEqual({ employees: 50, lq: expect.closeTo(0.5, 10), small: true });
    expect(employmentLq(table, 'B', 'Q', 2020, 'R')).toEqual({ employees: null, lq: null, small: true });
  });
  it('reads "-" as exactly zero and every other marker as unknown', () => {
    expect(cellValue({ marker: '-' })).toBe(0);
    for (const m of ['.', 'x', '/', '…'] as const) expect(cellValue({ marker: m })).toBeNull();
  });
});

describe('growth and shift-share', () => {
  it('computes the compound annual growth rate', () => {
    expect(cagr(1000, 1210, 2)).toBeCloseTo(0.1, 10);
    expect(cagr(0, 10, 2)).toBeNull();
    expect(cagr(null, 10, 2)).toBeNull();
  });
  it('splits a change into national share, industry mix and regional shift that add up', () => {
    // Reference total +10 %, the section +20 %; the region's section 100 → 150.
    const s = shiftShare({ local: [100, 150], referenceSection: [1000, 1200], referenceTotal: [10000, 11000] })!;
    expect(s.change).toBe(50);
    expect(s.nationalShare).toBeCloseTo(10, 10);
    expect(s.industryMix).toBeCloseTo(10, 10);
    expect(s.regionalShift).toBeCloseTo(30, 10);
  });
});

describe('specialisation of a region', () => {
  it('gives Hoover and Krugman over the sections with values', () => {
    // Shares 0.5/0.5 against 0.8/0.2: Σ|d| = 0.6 → Hoover 0.3, Krugman 0.6.
    expect(sectorSpecialisation([50, 50], [80, 20])).toEqual({
      hoover: expect.closeTo(0.3, 10),
      krugman: expect.closeTo(0.6, 10),
      sections: 2,
    });
    expect(sectorSpecialisation([50, null, 50], [80, 5, 20]).sections).toBe(2);
  });
});

describe('the U.S. Cluster Mapping strong-cluster test', () => {
  it('needs an LQ in the top quarter and at least 1, and employment above the bottom quarter', () => {
    const regions = [
      { key: 'a', lq: 2.0, employees: 900 },
      { key: 'b', lq: 1.6, employees: 100 },
      { key: 'c', lq: 0.9, employees: 500 },
      { key: 'd', lq: 0.8, employees: 400 },
      { key: 'e', lq: 0.5, employees: 300 },
    ];
    const test = strongClusters(regions);
    expect(test.notApplied).toEqual(['establishments']);
    expect(test.thresholds.lq).toBeCloseTo(1.6, 10);
    expect(test.results.filter((r) => r.strong).map((r) => r.key)).toEqual(['a']);
    // b is specialised enough but too small.
    expect(test.results.find((r) => r.key === 'b')!.tests).toEqual({ lq: true, employment: false, establishments: null });
  });
  it('never calls a region strong on an LQ below 1, even in the top quarter', () => {
    const test = strongClusters([
      { key: 'a', lq: 0.9, employees: 900 },
      { key: 'b', lq: 0.5, employees: 800 },
    ]);
    expect(test.thresholds.lq).toBe(1);
    expect(test.results.some((r) => r.strong)).toBe(false);
  });
});

describe('the LQ–growth quadrant', () => {
  it('places sections by specialisation and growth against the reference', () => {
    expect(quadrantOf(1.2, 0.5)).toBe('strong-growing');
    expect(quadrantOf(1.2, -0.5)).toBe('strong-shrinking');
    expect(quadrantOf(0.7, 1)).toBe('emerging');
    expect(quadrantOf(0.7, -1)).toBe('weak-shrinking');
    const points = lqGrowthPoints([
      { section: 'C', lq: 1.5, localCagr: 0.02, referenceCagr: 0.01 },
      { section: 'Q', lq: null, localCagr: 0, referenceCagr: 0 },
    ]);
    expect(points).toEqual([{ section: 'C', lq: 1.5, relativeGrowth: expect.closeTo(1, 10), quadrant: 'strong-growing' }]);
  });
});
