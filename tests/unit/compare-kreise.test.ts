import { describe, expect, it } from 'vitest';
import { compareColumns, compareRows } from '../../src/analysis/compare-table';
import { boundsOf } from '../../src/analysis/bounds-of';
import { kreiseOf, kreisLevelAreas, selectedMunicipalities } from '../../src/analysis/kreise';
import { loadAtlasDataFromDisk } from '../../tools/load-data-from-disk';

const data = loadAtlasDataFromDisk();

describe('Kreise of the region', () => {
  it('are the four Kreise of the RVR with their 42 member municipalities', () => {
    const kreise = kreiseOf(data.byAgs);
    expect([...kreise.values()].map((k) => [k.key, k.name, k.members.length]).sort()).toEqual([
      ['05170', 'Kreis Wesel', 13],
      ['05562', 'Kreis Recklinghausen', 10],
      ['05954', 'Ennepe-Ruhr-Kreis', 9],
      ['05978', 'Kreis Unna', 10],
    ]);
  });

  it('at Kreis level, the 11 kreisfreie Städte and 4 Kreise add up to the region', () => {
    const units = kreisLevelAreas(data);
    expect(units).toHaveLength(15);
    expect(units.reduce((a, u) => a + u.population, 0)).toBe(5_093_721);
    expect(units.find((u) => u.ags === '05911')!.population).toBe(data.population.get('05911000'));
  });
});

describe('comparing a Kreis with a city', () => {
  const [recklinghausen, bochum] = compareColumns(data, ['05562', '05911000']);

  it('sums the members of the Kreis (hand-checked against the data files)', () => {
    expect(recklinghausen).toMatchObject({
      id: '05562',
      kind: 'kreis',
      name: 'Kreis Recklinghausen',
      population: 618_350,
      institutions: 13,
    });
    expect(recklinghausen!.members).toHaveLength(10);
    expect(recklinghausen!.areaKm2).toBeCloseTo(758.49, 1);
    expect(bochum).toMatchObject({ id: '05911000', kind: 'municipality', name: 'Bochum', members: ['05911000'] });
  });

  it('gives the Kreis its location quotient against the region and its rank among the 15 Kreis-level units', () => {
    // Montan: 8 of the Kreis's 13 institutions (61.5 %) against 65 of the 157 on today's map (41.4 %;
    // the merged Hochschule für Gesundheit counts as its successor): LQ 1.486.
    const montan = recklinghausen!.clusters.find((c) => c.id === 'montan')!;
    expect(montan.cases).toBe(8);
    expect(montan.lq).toBeCloseTo(1.4864, 3);
    expect(montan.uncertain).toBe(false);
    // Fourth of the 11 Kreis-level units with at least 3 Montan cases, after Bottrop (2.42), Kreis
    // Unna (1.81) and Oberhausen (1.51); as a municipality, Bochum (8 of 37) ranks last of the 10.
    expect([montan.rank, montan.ranked]).toEqual([4, 11]);
    const bochumMontan = bochum!.clusters.find((c) => c.id === 'montan')!;
    expect([bochumMontan.rank, bochumMontan.ranked]).toEqual([10, 10]);
  });

  it('names the Kreis by key in the CSV header, unknown ids are left out', () => {
    expect(compareColumns(data, ['05562', '99999', '05911'])).toHaveLength(1);
    const rows = compareRows(data, [recklinghausen!, bochum!], true);
    expect(rows[0]).toEqual(['Kennzahl', 'Kreis Recklinghausen (05562)', 'Bochum (05911000)']);
    expect(rows[1]).toEqual(['Einwohner (Zensus 2022)', '618350', '354288']);
  });
});

describe('a selected Kreis', () => {
  it('covers its members on the map, a municipality only itself, other selections nothing', () => {
    expect(selectedMunicipalities({ kind: 'kreis', id: '05978' }, data.byAgs)).toHaveLength(10);
    expect(selectedMunicipalities({ kind: 'kreis', id: '05978' }, data.byAgs)).toContain('05978036'); // Unna
    expect(selectedMunicipalities({ kind: 'municipality', id: '05911000' }, data.byAgs)).toEqual(['05911000']);
    expect(selectedMunicipalities({ kind: 'cluster', id: 'health' }, data.byAgs)).toEqual([]);
    expect(selectedMunicipalities({ kind: 'kreis', id: '05999' }, data.byAgs)).toEqual([]);
  });

  it('is framed by the camera around all its members', () => {
    // Kreis Wesel reaches from Sonsbeck and Alpen in the west to Hünxe and Schermbeck in the east.
    const box = boundsOf({ kind: 'kreis', id: '05170' }, data)!;
    const members = kreiseOf(data.byAgs)
      .get('05170')!
      .members.map((ags) => boundsOf({ kind: 'municipality', id: ags }, data)!);
    expect(box[0]).toBe(Math.min(...members.map((b) => b[0])));
    expect(box[3]).toBe(Math.max(...members.map((b) => b[3])));
    expect(box[0]).toBeLessThan(6.3);
    expect(box[2]).toBeGreaterThan(6.9);
    expect(boundsOf({ kind: 'kreis', id: '05999' }, data)).toBeUndefined();
  });
});

describe('the comparison CSV carries everything the comparison shows', () => {
  const columns = compareColumns(data, ['05911000', '05978']);
  const user = [{ name: 'Betriebe', values: Object.fromEntries([...data.byAgs.keys()].map((ags) => [ags, 2])) }];
  const row = (rows: string[][], label: string) => rows.find((r) => r[0] === label);

  it("adds Hoover, focus clusters and the user's own columns (a Kreis waits for the user's word)", () => {
    const pending = compareRows(data, columns, true, { user, aggregation: {} });
    expect(row(pending, 'Eigene Daten: Betriebe')).toEqual(['Eigene Daten: Betriebe', '2', 'offen: addieren oder mitteln?']);
    // Kreis Unna has ten members: counts add up to 20.
    const summed = compareRows(data, columns, true, { user, aggregation: { 'user:0': 'sum' } });
    expect(row(summed, 'Eigene Daten: Betriebe')).toEqual(['Eigene Daten: Betriebe', '2', '20']);
    expect(row(summed, 'Schwerpunkt-Kommune von')![1]).toContain('IT-Sicherheit');
    expect(summed.some((r) => /^Montan-Erbe: Hoover/.test(r[0]!))).toBe(true);
  });

  it('keeps the LQ a number and its uncertainty a flag in rows of their own', () => {
    const rows = compareRows(data, columns, false);
    const lq = rows.find((r) => r[0] === 'IT security: LQ (atlas entries)')!;
    expect(lq.slice(1).every((v) => v === '' || /^\d+\.\d{2}$/.test(v))).toBe(true);
    expect(
      rows
        .find((r) => r[0] === 'IT security: LQ uncertain (under 3 cases)')!
        .slice(1)
        .every((v) => v === '0' || v === '1'),
    ).toBe(true);
  });
});
