import { describe, expect, it } from 'vitest';
import { choroplethOf, levelOf, valueByMunicipality } from '../../src/analysis/choropleth-of';
import { loadAtlasDataFromDisk } from '../support/load-data-from-disk';

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

  it('keeps own data per municipality: a column of rates cannot be summed', () => {
    const user = [{ name: 'Quote', values: Object.fromEntries([...data.byAgs.keys()].map((ags, i) => [ags, i])) }];
    expect(levelOf({ indicator: 'user:0', level: 'kreis' })).toBe('municipality');
    const own = choroplethOf(data, { indicator: 'user:0', scheme: 'equal', level: 'kreis', user });
    expect(new Set(RECKLINGHAUSEN.map((ags) => own.classes.get(ags))).size).toBeGreaterThan(1);
  });
});
