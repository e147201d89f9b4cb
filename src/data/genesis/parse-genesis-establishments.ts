import Papa from 'papaparse';
import { cellOf, REGION_KEY as KEY } from './genesis-cell';
import type { GenesisEmployment } from './genesis-employment';

/** A parsed GENESIS export of establishments (Betriebe) by WZ section per region and year: the same cells as employment's, section "total" for the all-sections column. */
type GenesisEstablishments = GenesisEmployment;

/** The section's letter in a column heading: "Verkehr und Lagerei (H)"; "Insgesamt (… B-N,P-S)" is the total. */
const SECTION_IN = /\(([A-Z])\)\s*$/;

/**
 * Reads the CSV export of Regionalstatistik table 52111-02-01-4 (Unternehmensregister, Betriebe
 * nach Wirtschaftsabschnitten, Kreise), as GENESIS writes it: preamble, header rows whose last
 * names the sections, rows "year;key;name;values…", the footer after "__________". Markers stay
 * markers ("-" none, "." secret or unknown); rows it cannot use are listed with their line.
 */
export function parseGenesisEstablishments(text: string): GenesisEstablishments {
  const rows = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { delimiter: ';', skipEmptyLines: false }).data;
  const firstData = rows.findIndex((r) => /^\d{4}$/.test((r[0] ?? '').trim()) && KEY.test((r[1] ?? '').trim()));
  if (firstData < 0) throw new Error('Keine Datenzeile „Jahr;Regionalschlüssel“ gefunden / no "year;region key" row found');
  // The preamble's lines start in the first column; the header rows below it leave it empty.
  const preamble = rows
    .slice(0, firstData)
    .filter((r) => (r[0] ?? '').trim() !== '')
    .map((r) => r.join(' ').replace(/\s+/g, ' ').trim());
  const headings = rows.slice(0, firstData).find((r) => r.slice(3).some((c) => SECTION_IN.test(c.trim())));
  if (!headings) throw new Error('Keine Kopfzeile mit Wirtschaftsabschnitten / no header row with sections');
  const columns = headings.slice(3).map((c, i) => ({
    column: i + 3,
    section: /^insgesamt/i.test(c.trim()) ? 'total' : (SECTION_IN.exec(c.trim())?.[1] ?? ''),
  }));
  const result: GenesisEstablishments = {
    table: /(\d{5}-\d{2}-\d{2}-\d)/.exec(preamble.join(' '))?.[1] ?? '',
    title: preamble.slice(1).join(' ').trim(),
    years: [],
    units: [],
    sections: columns.map((c) => c.section).filter(Boolean),
    cells: new Map(),
    issues: [],
  };
  const units = new Map<string, string>();
  const years = new Set<number>();
  for (let i = firstData; i < rows.length; i++) {
    const row = rows[i]!;
    const first = (row[0] ?? '').trim();
    if (first.startsWith('___')) break;
    if (row.every((x) => x.trim() === '')) continue;
    const key = (row[1] ?? '').trim();
    if (!/^\d{4}$/.test(first) || !KEY.test(key)) {
      result.issues.push({ line: i + 1, reason: `kein Jahr und Regionalschlüssel „${first};${key}“ / no year and region key` });
      continue;
    }
    const year = Number(first);
    years.add(year);
    units.set(key, (row[2] ?? '').trim());
    for (const { column, section } of columns) {
      if (!section) continue;
      const cell = cellOf(row[column] ?? '');
      if (typeof cell === 'string') result.issues.push({ line: i + 1, reason: `Spalte ${column + 1}: ${cell}` });
      else result.cells.set(`${key}|${year}|${section}`, cell);
    }
  }
  result.years = [...years].sort();
  result.units = [...units].map(([key, name]) => ({ key, name }));
  return result;
}
