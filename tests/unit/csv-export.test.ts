import { describe, expect, it } from 'vitest';
import { csvText } from '../../src/export/csv-text';

describe('CSV export', () => {
  it('defuses cells a spreadsheet would run as formulas and keeps negative numbers numbers', () => {
    const text = csvText(
      [
        ['Name', 'Wert'],
        ['=HYPERLINK("x")', '-3'],
        ['@SUM(A1)', '-0,5'],
        ['+49 234', '1,5'],
        ['-x', '2'],
      ],
      true,
    );
    const lines = text.split('\r\n');
    expect(lines[1]).toBe(`"'=HYPERLINK(""x"")";-3`);
    expect(lines[2]).toBe(`"'@SUM(A1)";-0,5`);
    expect(lines[3]).toBe(`"'+49 234";1,5`);
    expect(lines[4]).toBe(`"'-x";2`);
  });
});
