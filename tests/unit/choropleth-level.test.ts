import { describe, expect, it } from 'vitest';
import { choroplethOf } from '../../src/analysis/choropleth-map';
import { levelOf, valueByMunicipality } from '../../src/analysis/choropleth-of';
import { unitAt } from '../../src/analysis/map-unit';
import { loadAtlasDataFromDisk } from '../../tools/load-data-from-disk';

const data = loadAtlasDataFromDisk();
const RECKLINGHAUSEN = [...data.byAgs.keys()].filter((ags) => ags.startsWith('05562'));

describe('choropleth per Kreis', () => {
  const perKreis = choroplethOf(data, { indicator: 'density', scheme: 'quantile', level: 'kreis' });
  const perTown = choroplethOf(data, { indicator: 'density', scheme: 'quantile', level: 'municipality' });

  it('gives every member of a Kreis the class of the Kreis', () => {
    expect(RECKLINGHAUSEN).toHaveLength(10);
    expect(new Set(RECKLINGHAUSEN.map((ags) => perKreis.classes.get(ags))).size).toBe(1);
    expect(perKreis.classes.size).toBe(53);
    // Per municipality, the ten towns of the Kreis fall into several classes.
    expect(new Set(RECKLINGHAUSEN.map((ags) => perTown.classes.get(ags))).size).toBeGreaterThan(1);
  });

  it('forms the classes over the 15 Kreis-level values (hand-checked: Kreis Wesel is the least dense unit)', () => {
    // Kreis Wesel: 453,093 inhabitants (Zensus 2022, sum of its 13 towns) on 1,038.5 km² = 436 per km².
    expect(perKreis.min).toBeCloseTo(453_093 / 1038.5, 0);
    // The least dense single town has far fewer.
    expect(perTown.min).toBeLessThan(300);
    // The densest unit is a kreisfreie Stadt, the same on both levels.
    expect(perKreis.max).toBeCloseTo(perTown.max, 6);
  });

  it('shows each member the value of its Kreis (Ennepe-Ruhr-Kreis: 314,154 inhabitants on 409.5 km²)', () => {
    const values = valueByMunicipality(data, { indicator: 'density', level: 'kreis' });
    expect(values.get('05954004')).toBeCloseTo(314_154 / 409.5, 0);
    expect(valueByMunicipality(data, { indicator: 'density', level: 'municipality' }).get('05954004')).toBeLessThan(300);
  });

  it('keeps own data per municipality until the user says whether a column holds counts or rates', () => {
    const user = [{ name: 'Quote', values: Object.fromEntries([...data.byAgs.keys()].map((ags, i) => [ags, i])) }];
    expect(levelOf({ indicator: 'user:0', level: 'kreis' })).toBe('municipality');
    expect(levelOf({ indicator: 'user:0', level: 'kreis', aggregation: { 'user:1': 'sum' } })).toBe('municipality');
    expect(levelOf({ indicator: 'user:0', level: 'kreis', aggregation: { 'user:0': 'sum' } })).toBe('kreis');
    const own = choroplethOf(data, { indicator: 'user:0', scheme: 'equal', level: 'kreis', user });
    expect(new Set(RECKLINGHAUSEN.map((ags) => own.classes.get(ags))).size).toBeGreaterThan(1);
  });
});

describe('own data per Kreis', () => {
  const all = [...data.byAgs.keys()];
  // A count of one per municipality: per Kreis, the number of its members.
  const ones = { name: 'Eins', values: Object.fromEntries(all.map((ags) => [ags, 1])) };
  // A rate equal to the population: its population-weighted mean is Σp² / Σp.
  const rate = { name: 'Quote', values: Object.fromEntries(all.map((ags) => [ags, data.population.get(ags)!])) };

  it('adds up counts: Kreis Wesel 13, Ennepe-Ruhr 9, a kreisfreie Stadt 1', () => {
    const values = valueByMunicipality(data, { indicator: 'user:0', level: 'kreis', user: [ones], aggregation: { 'user:0': 'sum' } });
    expect(values.get('05170048')).toBe(13); // Wesel (town) shows its Kreis
    expect(values.get('05954004')).toBe(9);
    expect(values.get('05911000')).toBe(1);
    const k = choroplethOf(data, { indicator: 'user:0', scheme: 'equal', level: 'kreis', user: [ones], aggregation: { 'user:0': 'sum' } });
    expect([k.min, k.max]).toEqual([1, 13]);
  });

  it('averages rates weighted by population, and a kreisfreie Stadt keeps its own value', () => {
    const values = valueByMunicipality(data, { indicator: 'user:0', level: 'kreis', user: [rate], aggregation: { 'user:0': 'mean' } });
    const members = all.filter((ags) => ags.startsWith('05954'));
    const p = members.map((ags) => data.population.get(ags)!);
    expect(values.get('05954004')).toBeCloseTo(p.reduce((a, x) => a + x * x, 0) / p.reduce((a, x) => a + x, 0), 6);
    expect(values.get('05911000')).toBe(data.population.get('05911000'));
    // The mean of ones is one everywhere.
    const flat = valueByMunicipality(data, { indicator: 'user:0', level: 'kreis', user: [ones], aggregation: { 'user:0': 'mean' } });
    expect(new Set(flat.values())).toEqual(new Set([1]));
  });

  it('leaves a Kreis without a value when one member lacks it, rather than a partial sum', () => {
    const gap = { name: 'Lücke', values: { ...ones.values } };
    delete gap.values['05954004'];
    const values = valueByMunicipality(data, { indicator: 'user:0', level: 'kreis', user: [gap], aggregation: { 'user:0': 'sum' } });
    expect(values.get('05954008')).toBeNull();
    expect(values.get('05978036')).toBe(10);
  });
});

describe('what a click on the map selects', () => {
  const state = { indicator: 'density', scheme: 'quantile' as const, level: 'kreis' as const, imported: null, userAggregation: {} };

  it('selects the Kreis of a member town while the map is coloured per Kreis, and a kreisfreie Stadt itself', () => {
    expect(unitAt('05562024', data.byAgs, state)).toEqual({ kind: 'kreis', id: '05562' }); // Marl → Kreis Recklinghausen
    expect(unitAt('05911000', data.byAgs, state)).toEqual({ kind: 'municipality', id: '05911000' }); // Bochum
  });

  it('selects the town when the map is coloured per municipality, shows nothing, or shows own data not yet combined', () => {
    expect(unitAt('05562024', data.byAgs, { ...state, level: 'municipality' })).toEqual({ kind: 'municipality', id: '05562024' });
    expect(unitAt('05562024', data.byAgs, { ...state, indicator: '' })).toEqual({ kind: 'municipality', id: '05562024' });
    const imported = { columns: [{ name: 'Quote', values: {} }] };
    expect(unitAt('05562024', data.byAgs, { ...state, indicator: 'user:0', imported })).toEqual({ kind: 'municipality', id: '05562024' });
    expect(unitAt('05562024', data.byAgs, { ...state, indicator: 'user:0', imported, userAggregation: { 'user:0': 'mean' } })).toEqual({
      kind: 'kreis',
      id: '05562',
    });
  });
});
