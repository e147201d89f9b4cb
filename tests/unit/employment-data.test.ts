// The shipped employment table (Regionalstatistik 13111-07-05-4, 30 June 2015–2020) and the
// measures on it, checked against hand calculations from the rows of the unmodified exports in
// geodata/employment/raw/ (the figures quoted in each comment are those rows' "Insgesamt" column).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cagr } from '../../src/analysis/employment-growth';
import { employmentProfile } from '../../src/analysis/employment-profile';
import { employmentLq } from '../../src/analysis/employment-lq';
import { shiftShare } from '../../src/analysis/shift-share';
import { parseGenesisEmployment } from '../../src/data/genesis/parse-genesis-employment';
import { validateEmployment } from '../../src/data/validate-employment';
import { cellValue } from '../../src/domain/employment';

const table = validateEmployment('e', JSON.parse(readFileSync('geodata/employment-13111-07-05-4.json', 'utf8')));
const v = (unit: string, year: number, section: string) => cellValue(table.cell(unit, year, section));
const RUHR = [
  '05112',
  '05113',
  '05117',
  '05119',
  '05512',
  '05513',
  '05911',
  '05913',
  '05914',
  '05915',
  '05916',
  '05170',
  '05562',
  '05954',
  '05978',
];

describe('the shipped table', () => {
  it('has the 15 Ruhr units, NRW and Germany for 2015–2020 in 13 section groups and the total', () => {
    expect(table.years).toEqual([2015, 2016, 2017, 2018, 2019, 2020]);
    for (const key of [...RUHR, '05', 'DG']) for (const y of table.years) expect(v(key, y, 'total'), `${key} ${y}`).toBeGreaterThan(0);
    expect(table.sections.map((s) => s.code)).toEqual([
      'A',
      'B-F',
      'B-E',
      'C',
      'F',
      'G-U',
      'G-I',
      'J',
      'K',
      'L',
      'M-N',
      'O-Q',
      'R-U',
      'total',
    ]);
    expect(table.units.length).toBeGreaterThan(400);
  });

  it('reads the figures of the source rows', () => {
    // 05911;Bochum, kreisfreie Stadt;Information und Kommunikation (J);5289;… (2020)
    expect(v('05911', 2020, 'J')).toBe(5289);
    expect(v('05911', 2020, 'total')).toBe(137386);
    expect(v('05', 2020, 'J')).toBe(228863);
    expect(v('DG', 2015, 'total')).toBe(30771297);
    // The groups add up: G-U = G-I + J + K + L + M-N + O-Q + R-U.
    const parts = ['G-I', 'J', 'K', 'L', 'M-N', 'O-Q', 'R-U'].map((s) => v('05112', 2020, s)!);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(v('05112', 2020, 'G-U'));
  });

  it('matches a second source: Dortmund 2017, 231,529 employees (dortmund.de, 19 June 2018)', () => {
    expect(v('05913', 2017, 'total')).toBe(231529);
  });
});

describe('the measures on the source figures (hand-calculated)', () => {
  it('gives Bochum an LQ of 1.173 in information and communication against NRW (2020)', () => {
    // (5289 / 137386) / (228863 / 6974006) = 0.038497 / 0.032817 = 1.1731
    expect(employmentLq(table, '05911', 'J', 2020, '05').lq).toBeCloseTo(1.1731, 3);
  });
  it('gives Duisburg an LQ of 1.097 in trade, transport and hospitality against Germany (2020)', () => {
    // (42402 / 174630) / (7376000 / 33322952) = 0.24281 / 0.22135 = 1.0970
    expect(employmentLq(table, '05112', 'G-I', 2020, 'DG').lq).toBeCloseTo(1.097, 3);
  });
  it("grows Bochum's information and communication by 7.6 % a year 2015–2020, split by shift-share", () => {
    // 3670 → 5289: (5289 / 3670)^(1/5) − 1 = 0.0758
    expect(cagr(v('05911', 2015, 'J'), v('05911', 2020, 'J'), 5)).toBeCloseTo(0.0758, 4);
    // Germany: all 30,771,297 → 33,322,952 (+8.29 %), J 943,417 → 1,167,291 (+23.73 %).
    const s = shiftShare({
      local: [v('05911', 2015, 'J'), v('05911', 2020, 'J')],
      referenceSection: [v('DG', 2015, 'J'), v('DG', 2020, 'J')],
      referenceTotal: [v('DG', 2015, 'total'), v('DG', 2020, 'total')],
    })!;
    expect(s.change).toBe(1619);
    expect(s.nationalShare).toBeCloseTo(304.3, 1);
    expect(s.industryMix).toBeCloseTo(566.6, 1);
    expect(s.regionalShift).toBeCloseTo(748.1, 1);
  });
});

describe('the importer on the official export', () => {
  const text = new TextDecoder('windows-1252').decode(readFileSync('geodata/employment/raw/13111-07-05-4_2020.csv'));
  it('understands the layout as it is downloaded: table, year, regions, sections, footer', () => {
    const g = parseGenesisEmployment(text);
    expect(g.table).toBe('13111-07-05-4');
    expect(g.years).toEqual([2020]);
    expect(g.sections).toHaveLength(14);
    expect(g.issues).toEqual([]);
    expect(g.cells.get('05911|2020|O-Q')).toEqual({ value: 46535 });
  });
  it('keeps a marker as a marker and names the line of a row it cannot use', () => {
    const broken = text
      .replace(
        '05911;      Bochum, kreisfreie Stadt;Information und Kommunikation (J);5289;',
        '05911;      Bochum, kreisfreie Stadt;Information und Kommunikation (J);.;',
      )
      .replace(
        '05911;      Bochum, kreisfreie Stadt;Grundstücks- und Wohnungswesen (L)',
        '05911;      Bochum, kreisfreie Stadt;Grundstücke (?)',
      );
    const g = parseGenesisEmployment(broken);
    expect(g.cells.get('05911|2020|J')).toEqual({ marker: '.' });
    expect(g.issues).toHaveLength(1);
    expect(g.issues[0]!.reason).toMatch(/Wirtschaftszweig nicht erkannt/);
    expect(text.split('\n')[g.issues[0]!.line - 1]).toContain('Bochum');
  });
});

describe("a unit's employment profile", () => {
  it('ranks Bochum third of the 15 Ruhr units in information and communication and flags it strong', () => {
    // J against NRW, 2020: Dortmund 1.484, Essen 1.322, Bochum 1.173, then Herne 0.638 …; among
    // the 399 German Kreise with employment the 75th percentile of the LQ is 0.72, so Bochum passes
    // LQ ≥ max(1, P75) and, with 5,289 employees, the employment test (P25 about 320).
    const profile = employmentProfile(table, '05911', { reference: '05', start: 2015, end: 2020 });
    const j = profile.rows.find((r) => r.section === 'J')!;
    expect([j.rank, j.ranked]).toEqual([3, 15]);
    expect(j.strong).toBe(true);
    expect(profile.notApplied).toEqual(['establishments']);
    expect(profile.hoover).toBeGreaterThan(0);
    expect(profile.krugman).toBeCloseTo(2 * profile.hoover!, 10);
    // Gelsenkirchen (05513) is not specialised in J: LQ 0.53, never strong.
    expect(employmentProfile(table, '05513', { reference: '05', start: 2015, end: 2020 }).rows.find((r) => r.section === 'J')!.strong).toBe(
      false,
    );
  });
});
