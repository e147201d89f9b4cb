// The flat CSV ("ffcsv") of GENESIS / Regionalstatistik: one value per row. A planner's download in
// that layout loads like the classic export.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/data/csv/decode-text';
import { parseGenesisEmployment } from '../../src/data/genesis/parse-genesis-employment';
import { employmentSummary } from '../../src/data/merge-employment';
import { syntheticGenesisFlat2021 } from '../support/synthetic-genesis';

describe('the flat GENESIS layout', () => {
  it('reads the real flat file of 13111-01-03-4 (30 June 2024): the totals of every region, nothing else', () => {
    const text = decodeText(new Uint8Array(readFileSync('geodata/employment/raw-totals/13111-01-03-4_2024_flat.csv'))).text;
    const table = parseGenesisEmployment(text);
    expect(table.table).toBe('13111');
    expect(table.years).toEqual([2024]);
    expect(table.sections).toEqual(['total']);
    expect(table.issues).toEqual([]);
    // All nationalities, both sexes: Bochum 149,304, NRW 7,326,630 (not the rows of men, women or foreigners).
    expect(table.cells.get('05911|2024|total')).toEqual({ value: 149304 });
    expect(table.cells.get('05|2024|total')).toEqual({ value: 7326630 });
    expect(table.units.find((u) => u.key === 'DG')).toBeTruthy();
    expect(employmentSummary(table, true)).toMatch(/^13111, \d{3} Kreise, 2024, nur insgesamt \(ohne Wirtschaftszweige\)$/);
  });

  it('reads the industry from its attribute label and leaves out the rows of one sex (synthetic values)', () => {
    const table = parseGenesisEmployment(decodeText(new Uint8Array(syntheticGenesisFlat2021())).text);
    expect(table.years).toEqual([2021]);
    expect(table.issues).toEqual([]);
    expect(table.units).toHaveLength(17);
    expect([...table.sections].sort()).toEqual(['A', 'B-E', 'B-F', 'C', 'F', 'G-I', 'G-U', 'J', 'K', 'L', 'M-N', 'O-Q', 'R-U', 'total']);
    // Bochum J: 5,289 in the real 2020 file, +1 %, as the classic synthetic export gives it.
    expect(table.cells.get('05911|2021|J')).toEqual({ value: 5342 });
    // Bochum A: 39 of all; the row of men, secret ("."), is not read.
    expect(table.cells.get('05911|2021|A')).toEqual({ value: 39 });
    expect(employmentSummary(table, false)).toBe('13111, 15 districts, 2021, 14 industries');
  });
});
