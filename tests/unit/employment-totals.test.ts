// The long series of employees (all industries), 2008–2024: each year is what its stored table says.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { RUHR_KREISE } from '../support/ruhr-kreise';
import { totalChange, totalSeries } from '../../src/analysis/total-series';
import { validateEmployment } from '../../src/data/validate-employment';
import { validateEmploymentTotals } from '../../src/data/validate-employment-totals';

const totals = validateEmploymentTotals('t', JSON.parse(readFileSync('geodata/employment-totals-13111-01-03-4.json', 'utf8')));
const sections = validateEmployment('e', JSON.parse(readFileSync('geodata/employment-13111-07-05-4.json', 'utf8')));

describe('the employment series 2008–2024', () => {
  it('has the years the stored tables give, and says which are missing', () => {
    expect(totals.years).toEqual([2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2023, 2024]);
    expect(totals.missing).toMatch(/2021–2022/);
    expect(totals.sources.map((s) => s.years)).toEqual(['2008–2011', '2012–2014', '2015–2020', '2023', '2024']);
  });

  it('equals the unmodified GENESIS export for 2012–2014 and the section table for 2015–2020, in every Ruhr unit', () => {
    const rows = Papa.parse<string[]>(readFileSync('geodata/employment/raw-totals/13111-01-03-4_2012-2015.csv', 'utf8'), {
      delimiter: ';',
    }).data;
    for (const unit of [...RUHR_KREISE, '05', 'DG']) {
      for (const year of [2012, 2013, 2014]) {
        const row = rows.find((r) => r[0] === `30.06.${year}` && r[1] === unit)!;
        expect(totals.total(unit, year), `${unit} ${year}`).toBe(Number(row[3]));
      }
      for (const year of sections.years) {
        const cell = sections.cell(unit, year, 'total');
        expect(totals.total(unit, year), `${unit} ${year}`).toBe(cell && 'value' in cell ? cell.value : null);
      }
    }
  });

  it('takes 2024 from the web service export: Bochum 149,304, NRW 7,326,630', () => {
    expect(totals.total('05911', 2024)).toBe(149304);
    expect(totals.total('05', 2024)).toBe(7326630);
    // Its rows for all nationalities and both sexes (the attribute codes left empty).
    const flat = readFileSync('geodata/employment/raw-totals/13111-01-03-4_2024_flat.csv', 'utf8');
    expect(flat).toContain(';05911;Bochum, kreisfreie Stadt;NAT;Nationalität;;Insgesamt;GES;Geschlecht;;Insgesamt;149304;');
  });

  it('takes 2023 from the web service recording: Bochum 146,544, Dortmund 263,352, NRW 7,281,274 (= Destatis 13111-0005)', () => {
    expect(totals.total('05911', 2023)).toBe(146544);
    expect(totals.total('05913', 2023)).toBe(263352);
    expect(totals.total('05', 2023)).toBe(7281274);
    expect(totals.total('DG', 2023)).toBe(34709056);
    const ffcsv = readFileSync('geodata/employment/raw-totals/13111-01-03-4_2023_ffcsv.csv', 'utf8');
    expect(ffcsv).toContain(
      ';30.06.2023;KREISE;Kreise und kreisfreie Städte;05911;      Bochum, kreisfreie Stadt;NAT;Nationalität;;Insgesamt;GES;Geschlecht;;Insgesamt;146544\n',
    );
  });

  it('indexes each unit to its first year and states the change to its last', () => {
    const series = totalSeries(totals, ['05911', '05']);
    expect(series.find((p) => p.unit === '05911' && p.year === 2008)!.index).toBe(100);
    // Bochum: 123,887 (2008) → 149,304 (2024), +20.5 %.
    expect(totalChange(series, '05911')).toEqual({ from: 2008, to: 2024, change: expect.closeTo(149304 / 123887 - 1, 10) });
    expect(totalChange(series, '05911')!.change).toBeCloseTo(0.2052, 4);
  });
});
