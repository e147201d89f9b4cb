// The establishments (Betriebe) of the business register, table 52111-02-01-4: the shipped file is
// what the unmodified export gives, its figures add up, and the strong-cluster test uses them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RUHR_KREISE } from '../support/ruhr-kreise';
import { employmentProfile } from '../../src/analysis/employment-profile';
import { ESTABLISHMENT_PARTS, establishmentsIn } from '../../src/analysis/establishments-in-section';
import { parseGenesisEstablishments } from '../../src/data/genesis/parse-genesis-establishments';
import { validateEmployment } from '../../src/data/validate-employment';
import { validateEstablishments } from '../../src/data/validate-establishments';
import type { EstablishmentTable } from '../../src/domain/establishments';

const RAW = 'geodata/establishments/raw/52111-02-01-4_2006-2014.csv';
const firms = validateEstablishments('f', JSON.parse(readFileSync('geodata/establishments-52111-02-01-4.json', 'utf8')));
const jobs = validateEmployment('e', JSON.parse(readFileSync('geodata/employment-13111-07-05-4.json', 'utf8')));
const LETTERS = 'BCDEFGHIJKLMNPQRS'.split('');

describe('the business register export (52111-02-01-4)', () => {
  const parsed = parseGenesisEstablishments(readFileSync(RAW, 'utf8'));

  it('is read as downloaded: table, years 2006–2014, 17 sections and the total, no unusable row', () => {
    expect(parsed.table).toBe('52111-02-01-4');
    expect(parsed.title).toMatch(/Betriebe nach Wirtschaftsabschnitten/);
    expect(parsed.years).toEqual([2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014]);
    expect(parsed.sections).toEqual(['total', ...LETTERS]);
    expect(parsed.issues).toEqual([]);
    // Bochum 2014 as the file's row says: 14,133 establishments, 1,182 in health and social work (Q).
    expect(parsed.cells.get('05911|2014|total')).toEqual({ value: 14133 });
    expect(parsed.cells.get('05911|2014|Q')).toEqual({ value: 1182 });
    // Markers stay markers: Flensburg has no mining establishment ("-").
    expect(parsed.cells.get('01001|2014|B')).toEqual({ marker: '-' });
  });

  it('ships the latest year for every Kreis with establishments, equal to the export, and the sections add up', () => {
    expect(firms.year).toBe(2014);
    expect(firms.source.table).toBe('52111-02-01-4');
    for (const unit of [...RUHR_KREISE, '05', 'DG']) {
      const total = firms.count(unit, 'total');
      expect(total, unit).toEqual(parsed.cells.get(`${unit}|2014|total`));
      const parts = LETTERS.map((s) => firms.count(unit, s));
      if (parts.every((c) => c && 'value' in c)) {
        expect(
          parts.reduce((sum, c) => sum + (c as { value: number }).value, 0),
          unit,
        ).toBe((total as { value: number }).value);
      }
    }
  });
});

describe('establishments per employment section group', () => {
  it('sums the register sections of a group, and has none for A or where a part is unknown', () => {
    // Bochum 2014: P 333 + Q 1,182.
    expect(establishmentsIn(firms, '05911', 'O-Q')).toBe(1515);
    expect(establishmentsIn(firms, '05911', 'A')).toBeNull();
    expect(Object.keys(ESTABLISHMENT_PARTS)).not.toContain('A');
    const oneUnknown: EstablishmentTable = { ...firms, count: (u, s) => (s === 'H' ? { marker: '.' } : firms.count(u, s)) };
    expect(establishmentsIn(oneUnknown, '05911', 'G-I')).toBeNull();
    const noneThere: EstablishmentTable = { ...firms, count: (u, s) => (s === 'H' ? { marker: '-' } : firms.count(u, s)) };
    expect(establishmentsIn(noneThere, '05911', 'G-I')).toBe(2837 + 1054);
  });

  it('completes the strong-cluster test: Bochum stays strong in J, the test says which year it used', () => {
    const request = { reference: '05', start: 2015, end: 2020 };
    const withFirms = employmentProfile(jobs, '05911', request, firms);
    expect(withFirms.notApplied).toEqual([]);
    expect(withFirms.establishmentsYear).toBe(2014);
    const j = withFirms.rows.find((r) => r.section === 'J')!;
    expect(j.establishments).toBe(580);
    expect(j.strong).toBe(true);
    expect(withFirms.rows.find((r) => r.section === 'A')!.strongWithoutEstablishments).toBe(true);
    // One more condition can only take flags away, never add one.
    for (const unit of RUHR_KREISE) {
      const without = employmentProfile(jobs, unit, request);
      const full = employmentProfile(jobs, unit, request, firms);
      full.rows.forEach((r, i) => {
        if (r.strong) expect(without.rows[i]!.strong, `${unit} ${r.section}`).toBe(true);
      });
    }
  });
});
