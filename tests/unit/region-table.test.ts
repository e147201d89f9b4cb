import { describe, expect, it } from 'vitest';
import { institutionsCsv, ownColumns, regionTable, regionTableCsv, sortRegionTable } from '../../src/analysis/region-table';
import { isOnMap } from '../../src/analysis/institution-status';
import { specialization } from '../../src/analysis/specialization';
import { areasOf } from '../../src/analysis/indicators';
import { loadAtlasDataFromDisk } from '../../tools/load-data-from-disk';

const data = loadAtlasDataFromDisk();
const regionPopulation = [...data.population.values()].reduce((a, b) => a + b, 0);

describe('the table of municipalities and Kreise', () => {
  it('has the 53 municipalities, or the 11 kreisfreie Städte and 4 Kreise, each covering the region once', () => {
    const towns = regionTable(data, 'municipality');
    const kreise = regionTable(data, 'kreis');
    expect(towns).toHaveLength(53);
    expect(kreise).toHaveLength(15);
    expect(
      kreise
        .filter((r) => r.kind === 'kreis')
        .map((r) => r.name)
        .sort(),
    ).toEqual(['Ennepe-Ruhr-Kreis', 'Kreis Recklinghausen', 'Kreis Unna', 'Kreis Wesel']);
    for (const rows of [towns, kreise]) {
      expect(rows.reduce((a, r) => a + r.population, 0)).toBe(regionPopulation);
      // Today's atlas: a merged institution counts once, as its successor.
      expect(rows.reduce((a, r) => a + r.institutions, 0)).toBe(data.institutions.filter((i) => isOnMap(i, null)).length);
    }
  });

  it("sorts by a cluster's LQ, highest first, in the order of the specialisation ranking", () => {
    const sorted = sortRegionTable(regionTable(data, 'municipality'), { key: 'lq:itsec', descending: true });
    const ranking = specialization(
      areasOf(data),
      data.institutions,
      data.clusters.map((c) => c.id),
    ).ranking.itsec!;
    // The ranked (certain) ones come first in ranking order; Bochum leads IT security.
    expect(sorted[0]!.name).toBe('Bochum');
    const lqs = sorted.map((r) => r.clusters.find((c) => c.id === 'itsec')!.lq);
    expect(lqs).toEqual([...lqs].sort((a, b) => (b ?? -1) - (a ?? -1)));
    expect(ranking[0]).toBe(sorted[0]!.id);
  });

  it('sorts names alphabetically in German and numbers both ways', () => {
    const rows = regionTable(data, 'municipality');
    expect(sortRegionTable(rows, { key: 'name', descending: false })[0]!.name).toBe('Alpen');
    expect(sortRegionTable(rows, { key: 'population', descending: true })[0]!.name).toBe('Dortmund');
    // The smallest member of the RVR by the Zensus 2022 file.
    const smallest = [...data.population].sort((a, b) => a[1] - b[1])[0]![0];
    expect(sortRegionTable(rows, { key: 'population', descending: false })[0]!.id).toBe(smallest);
    expect(data.byAgs.get(smallest)!.name).toBe('Sonsbeck');
  });

  it('exports one CSV row per unit with German decimal commas, joinable on the key', () => {
    const rows = regionTable(data, 'kreis');
    const csv = regionTableCsv(data, rows, true);
    expect(csv).toHaveLength(16);
    expect(csv[0]!.slice(0, 4)).toEqual(['Schlüssel', 'Name', 'Ebene', 'Einwohner (Zensus 2022)']);
    expect(csv[0]).toHaveLength(7 + 4 * data.clusters.length);
    const unna = csv.find((r) => r[0] === '05978')!;
    expect(unna.slice(1, 4)).toEqual(['Kreis Unna', 'Kreis', '393393']);
    expect(unna[4]).toMatch(/^540,\d\d$/);
    expect(regionTableCsv(data, rows, false).find((r) => r[0] === '05978')![4]).toMatch(/^540\.\d\d$/);
  });
});

describe('the institutions as CSV', () => {
  it('has every institution with its coordinate and founding year and the sources they were read from', () => {
    const csv = institutionsCsv(data, data.institutions, false);
    expect(csv).toHaveLength(data.institutions.length + 1);
    const head = csv[0]!;
    for (const i of data.institutions) {
      const row = csv.find((r) => r[0] === i.id)!;
      expect(Number(row[head.indexOf('Longitude')])).toBeCloseTo(i.position[0], 5);
      expect(Number(row[head.indexOf('Latitude')])).toBeCloseTo(i.position[1], 5);
      expect(row[head.indexOf('Source of the coordinate')]).toBe(i.source.url);
      expect(row[head.indexOf('Founded')]).toBe(i.founded === null ? '' : String(i.founded));
      expect(row[head.indexOf('Source of the founding year')]).toBe(i.foundedSource?.url ?? '');
    }
    const german = institutionsCsv(data, data.institutions.slice(0, 1), true);
    expect(german[1]![german[0]!.indexOf('Breitengrad')]).toMatch(/^5\d,\d{5}$/);
  });
});

describe('own data in the region table', () => {
  const user = [{ name: 'Betriebe', values: Object.fromEntries([...data.byAgs.keys()].map((ags) => [ags, 1])) }];

  it('shows each municipality its own value, and per Kreis nothing until the user says how values combine', () => {
    const [perTown] = ownColumns(data, 'municipality', user, {});
    expect(perTown!.values!.get('05911000')).toBe(1);
    expect(ownColumns(data, 'kreis', user, {})[0]!.values).toBeNull();
  });

  it('adds counts up per Kreis (Wesel 13, a kreisfreie Stadt 1), sorts by them and exports them', () => {
    const own = ownColumns(data, 'kreis', user, { 'user:0': 'sum' });
    expect(own[0]!.values!.get('05170')).toBe(13);
    expect(own[0]!.values!.get('05911000')).toBe(1);
    const sorted = sortRegionTable(regionTable(data, 'kreis'), { key: 'user:0', descending: true }, own);
    expect(sorted[0]!.name).toBe('Kreis Wesel');
    const csv = regionTableCsv(data, sorted, true, own);
    expect(csv[0]!.at(-1)).toBe('Eigene Daten: Betriebe');
    expect(csv[1]!.at(-1)).toBe('13');
  });
});
