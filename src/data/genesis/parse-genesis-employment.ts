import Papa from 'papaparse';
import { cellOf, REGION_KEY as KEY } from './genesis-cell';
import { sectionCodeOf } from './section-codes';
import { FLAT_HEADER, parseGenesisFlat } from './parse-genesis-flat';
import type { GenesisEmployment } from './genesis-employment';

const YEAR_IN = /(?:^|\D)(?:\d{2}\.\d{2}\.)?((?:19|20)\d{2})(?:\D|$)/;

/**
 * The columns that hold the totals over every header breakdown ("Insgesamt" in each header row
 * that varies), each with its year: one column (the year in the preamble's "Stichtag"), or one per
 * year when the header rows carry the years.
 */
function valueColumns(header: string[][], width: number, preambleYear: number | undefined): { column: number; year: number }[] {
  const columns: { column: number; year: number }[] = [];
  for (let c = 3; c < width; c++) {
    let year = preambleYear;
    let total = true;
    for (const row of header) {
      const cells = row.slice(3);
      if (cells.every((x) => x === cells[0])) continue; // a variable's name over all columns
      const cell = (row[c] ?? '').trim();
      const y = YEAR_IN.exec(cell);
      if (y && /^(\d{2}\.\d{2}\.)?\d{4}$/.test(cell)) year = Number(y[1]);
      else if (!/^insgesamt$/i.test(cell)) total = false;
    }
    if (total && year !== undefined) columns.push({ column: c, year });
  }
  return columns;
}

/**
 * Reads the CSV export of a GENESIS table of employees by WZ section per region (13111-07-05-4
 * and its relatives, as Regionalstatistik and GENESIS-Online write it): preamble with table id,
 * title and "Stichtag", header rows, rows "key;name;section;values…", the footer after
 * "__________". Markers stay markers. Rows it cannot use are listed with their line.
 */
export function parseGenesisEmployment(text: string): GenesisEmployment {
  // The flat layout (one value per row) is read by its own reader.
  if (FLAT_HEADER.test(text)) return parseGenesisFlat(text);
  const rows = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { delimiter: ';', skipEmptyLines: false }).data;
  const firstData = rows.findIndex((r) => KEY.test((r[0] ?? '').trim()) && r.length >= 4);
  if (firstData < 0) throw new Error('Keine Datenzeile mit Regionalschlüssel gefunden / no data row with a region key found');
  const preamble = rows.slice(0, firstData).filter((r) => (r[0] ?? '').trim() !== '');
  const header = rows.slice(0, firstData).filter((r) => (r[0] ?? '').trim() === '' && r.some((x) => x.trim() !== ''));
  const preambleText = preamble.map((r) => r.join(' ').replace(/;+/g, ' ').trim());
  const table = /(\d{5}-\d{2}-\d{2}-\d|\d{5}-\d{4}|\d{5}-\d{2}i)/.exec(preambleText.join(' '))?.[1] ?? '';
  const stichtag = preambleText.map((l) => /Stichtag:?\s*\d{2}\.\d{2}\.(\d{4})/.exec(l)).find(Boolean);
  const width = Math.max(...rows.slice(firstData, firstData + 20).map((r) => r.length));
  const columns = valueColumns(header, width, stichtag ? Number(stichtag[1]) : undefined);
  if (columns.length === 0) throw new Error('Keine Spalte „Insgesamt“ mit Jahr erkannt / no "Insgesamt" column with a year found');
  const result: GenesisEmployment = {
    table,
    title: preambleText.slice(1).join(' ').trim(),
    years: [...new Set(columns.map((c) => c.year))].sort(),
    units: [],
    sections: [],
    cells: new Map(),
    issues: [],
  };
  const units = new Map<string, string>();
  const sections = new Set<string>();
  for (let i = firstData; i < rows.length; i++) {
    const row = rows[i]!;
    const first = (row[0] ?? '').trim();
    if (first.startsWith('___')) break; // the footer
    if (row.every((x) => x.trim() === '')) continue;
    const line = i + 1;
    if (!KEY.test(first)) {
      result.issues.push({ line, reason: `kein Regionalschlüssel „${first}“ / no region key` });
      continue;
    }
    const section = sectionCodeOf(row[2] ?? '');
    if (!section) {
      result.issues.push({ line, reason: `Wirtschaftszweig nicht erkannt „${row[2] ?? ''}“ / section not recognised` });
      continue;
    }
    units.set(first, (row[1] ?? '').trim());
    sections.add(section);
    for (const { column, year } of columns) {
      const cell = cellOf(row[column] ?? '');
      if (typeof cell === 'string') result.issues.push({ line, reason: `Spalte ${column + 1}: ${cell}` });
      else result.cells.set(`${first}|${year}|${section}`, cell);
    }
  }
  result.units = [...units].map(([key, name]) => ({ key, name }));
  result.sections = [...sections];
  return result;
}
