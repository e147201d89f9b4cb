import { describe, expect, it } from 'vitest';
import { pointsPerMunicipality, pointsPerValue } from '../../src/analysis/point-counts';
import { labelOf } from '../../src/domain/point-set';
import { guessEpsg } from '../../src/data/points/coordinate-systems';
import { findPointColumns, parseCoordinate } from '../../src/data/points/point-columns';
import { readPointFile } from '../../src/data/points/read-point-file';
import { toWgs84 } from '../../src/data/points/to-wgs84';
import { createChoroplethSlice, type ChoroplethSlice } from '../../src/store/choropleth-slice';
import { readGeodataFiles } from '../../tools/read-geodata';
import { syntheticPointsCsv } from '../../tools/synthetic-points';

const { municipalities } = readGeodataFiles();
const ags = municipalities.features.map((f) => f.properties.ags);
const bytes = (text: string) => new TextEncoder().encode(text);
const BOCHUM = '05911000';

describe('point file columns and coordinates', () => {
  it('finds coordinate columns by their headings, with an EPSG code where one is named', () => {
    expect(findPointColumns(['Name', 'Breite', 'Länge', 'Branche'])).toMatchObject({ x: 2, y: 1, geographic: true, label: 0, others: [3] });
    expect(findPointColumns(['id', 'Rechtswert', 'Hochwert'])).toMatchObject({ x: 1, y: 2, geographic: false, epsg: null });
    expect(findPointColumns(['id', 'x_25832', 'y_25832'])).toMatchObject({ epsg: 25832 });
    expect(findPointColumns(['AGS', 'Wert'])).toBeNull();
  });

  it('reads German and international notation of a coordinate, and refuses others', () => {
    expect(parseCoordinate('51,4818')).toBe(51.4818);
    expect(parseCoordinate('51.4818')).toBe(51.4818);
    expect(parseCoordinate('385123,45')).toBe(385123.45);
    expect(parseCoordinate('5.712.345,5')).toBe(5712345.5);
    expect(parseCoordinate('')).toBeNull();
    expect(parseCoordinate('abc')).toBeNaN();
    expect(parseCoordinate('1,2,3')).toBeNaN();
  });

  it('recognises the systems by their ranges around NRW', () => {
    expect(guessEpsg(7.2, 51.48)).toBe(4326);
    expect(guessEpsg(372000, 5705000)).toBe(25832);
    expect(guessEpsg(2588000, 5707000)).toBe(31466);
    expect(guessEpsg(3372000, 5707000)).toBe(31467);
    expect(guessEpsg(32372000, 5705000)).toBe(4647);
    expect(guessEpsg(5705000, 372000)).toBeNull();
  });

  it('puts one place at the same spot from UTM 32N, Gauss-Krüger zone 2 and 3 (DHDN datum shift)', () => {
    const [lon, lat] = [7.2162, 51.4818];
    const fromWgs = (epsg: 25832 | 31466 | 31467) => {
      // Round trip through each system: the inverse of the same definition.
      const to = toWgs84(epsg);
      // Search the system's coordinates by Newton steps on the forward function (no inverse needed).
      let [x, y] = epsg === 25832 ? [370000, 5705000] : epsg === 31466 ? [2588000, 5707000] : [3372000, 5707000];
      for (let k = 0; k < 20; k++) {
        const [a, b] = to(x, y);
        const [ax] = to(x + 1, y);
        const [, by] = to(x, y + 1);
        x -= (a - lon) / (ax! - a);
        y -= (b - lat) / (by! - b);
      }
      return [x, y];
    };
    const utm = fromWgs(25832);
    // The Gauss-Krüger Rechtswert of a Bochum site in zone 2 begins with 25, in zone 3 with 33.
    expect(String(Math.round(fromWgs(31466)[0]!))).toMatch(/^25/);
    expect(String(Math.round(fromWgs(31467)[0]!))).toMatch(/^33/);
    expect(utm[0]).toBeGreaterThan(370000);
    expect(utm[0]).toBeLessThan(380000);
  });
});

describe('a point file read as the worker reads it', () => {
  const file = syntheticPointsCsv(5000);
  const { points, report } = readPointFile('synthetic.csv', bytes(file.csv), municipalities, 'auto', 'de');

  it('reads every good row, reports the three broken ones by line, and recognises UTM 32N', () => {
    expect(points.count).toBe(5000);
    expect(report.crs).toContain('EPSG:25832');
    expect(report.issues.map((i) => i.line)).toEqual([5002, 5003, 5004]);
    expect(report.labelColumn).toBe('name');
    expect(points.columns.map((c) => c.name)).toEqual(['wz_abschnitt', 'groessenklasse']);
    expect(points.columns[1]!.values).toEqual(['0-9', '10-49', '50-249', '250+']);
  });

  it('counts each municipality exactly as the generator placed its points', () => {
    const { perAgs, outside, shown } = pointsPerMunicipality(points, [[], []], ags);
    expect(perAgs).toEqual(file.perAgs);
    expect(outside).toBe(0);
    expect(shown).toBe(5000);
  });

  it('filters by a column: counts per municipality and per value follow', () => {
    const c = points.columns[0]!.values.indexOf('C');
    const hidden = [[c], []];
    expect(pointsPerMunicipality(points, hidden, ags).shown).toBe(5000 - file.perSector.C!);
    // Per value: what switching it on would show, under the other columns' filters.
    expect(pointsPerValue(points, 0, hidden)[c]).toBe(file.perSector.C);
    expect(pointsPerValue(points, 1, hidden).reduce((a, b) => a + b, 0)).toBe(5000 - file.perSector.C!);
  });

  it('reads latitude/longitude with swapped columns and a decimal comma', () => {
    const text = 'Name;lat;lon\nRathaus Bochum;7,2162;51,4818\n';
    const read = readPointFile('swapped.csv', bytes(text), municipalities, 'auto', 'de');
    expect(read.report.crs).toBe('WGS 84 (Breite/Länge) (EPSG:4326), Spalten vertauscht');
    expect(ags[read.points.municipality[0]!]).toBe(BOCHUM);
    expect(labelOf(read.points, 0)).toBe('Rathaus Bochum');
  });

  it('refuses a file without coordinate columns or usable rows, with a message', () => {
    expect(() => readPointFile('a.csv', bytes('AGS;Wert\n05911000;3\n'), municipalities, 'auto', 'de')).toThrow(/Koordinatenspalten/);
    expect(() => readPointFile('b.csv', bytes('x;y\nfoo;bar\n'), municipalities, 'auto', 'de')).toThrow(/keine Zeile/i);
    expect(() => readPointFile('c.csv', bytes('x;y\n12;34\n'), municipalities, 'auto', 'de')).toThrow(/Koordinatensystem/);
  });

  it('places a point of Bochum in Bochum', () => {
    const read = readPointFile('one.csv', bytes('lat,lon\n51.4818,7.2162\n'), municipalities, 'auto', 'en');
    expect(ags[read.points.municipality[0]!]).toBe(BOCHUM);
  });
});

describe('the points column among the own columns', () => {
  const store = () => {
    let state = {} as ChoroplethSlice;
    const set = (p: Partial<ChoroplethSlice> | ((s: ChoroplethSlice) => Partial<ChoroplethSlice>)) =>
      (state = { ...state, ...(typeof p === 'function' ? p(state) : p) });
    state = createChoroplethSlice(set as never, () => state, {} as never);
    return { get: () => state };
  };

  it('is added up per Kreis, replaced in place, and removed with the later ids moving up', () => {
    const s = store();
    s.get().setImported({ file: 'a.csv', columns: [{ name: 'A', values: {} }] });
    s.get().putPointCounts({ name: 'Punkte', values: { [BOCHUM]: 3 }, fromPoints: true }, true);
    expect(s.get().indicator).toBe('user:1');
    expect(s.get().userAggregation['user:1']).toBe('sum');
    s.get().putPointCounts({ name: 'Punkte gefiltert', values: { [BOCHUM]: 1 }, fromPoints: true });
    expect(s.get().imported!.columns.map((c) => c.name)).toEqual(['A', 'Punkte gefiltert']);
    s.get().setIndicator('user:1');
    s.get().putPointCounts(null);
    expect(s.get().imported!.columns.map((c) => c.name)).toEqual(['A']);
    expect(s.get().indicator).toBe('');
  });
});
