/** A region key in a cell: a Kreis (5 digits), a municipality (8) or a Regionalschlüssel (12). */
const KEY_CELL = /^\s*(\d{5}|\d{8}|\d{12})\s*$/;
const DATE_CELL = /^\s*\d{2}\.\d{2}\.\d{4}\s*$/;

/** A row of data rather than of title or headings: one of its first cells is a region key. */
export const isDataRow = (row: readonly string[]) => row.slice(0, 3).some((c) => KEY_CELL.test(c));

/** The first line of the footer that official exports end with ("__________", then notes and ©). */
export const isFooterStart = (row: readonly string[]) => (row[0] ?? '').trim().startsWith('___');

const NUMERIC = /^\s*[-+]?[\d.,]+\s*$/;
/**
 * A row of headings: it starts empty (";;;Anzahl;…", Regionalstatistik, Landesdatenbank), or it
 * names several columns without a single number in it (INKAR's "Kennziffer;Raumeinheit;…" above
 * its row of years). A title line fills one cell; a row of data has numbers.
 */
const isHeading = (r: readonly string[]) => {
  const filled = r.filter((c) => c.trim());
  if ((r[0] ?? '').trim() === '') return filled.length > 0;
  return filled.length >= 3 && !filled.some((c) => NUMERIC.test(c));
};

/**
 * The rows between the headings and the first row with a region key: data of a level the key test
 * does not know ("05;Nordrhein-Westfalen"), which the join then reports as it reports any row.
 */
export function rowsAfterHeadings<T extends { data: string[] }>(above: readonly T[]): T[] {
  let last = -1;
  above.forEach((r, i) => {
    if (isHeading(r.data)) last = i;
  });
  return last < 0 ? [] : above.slice(last + 1);
}

/**
 * The column names of a file whose header is not one line: the official exports (GENESIS,
 * Regionalstatistik, Landesdatenbank NRW) open with a title, then rows of headings that each span
 * columns ("Fortschreibung des Bevölkerungsstandes / Bevölkerungsstand / Anzahl"). A column's name
 * joins its headings from top to bottom; the key column is named by what its first data cell is,
 * a date column likewise. A plain CSV (one line above the data) keeps that line.
 */
export function composeHeader(above: readonly string[][], firstData: readonly string[]): string[] {
  if (above.length <= 1) return [...(above[0] ?? [])];
  const headings = above.filter(isHeading);
  if (headings.length === 0) return [...above[above.length - 1]!];
  const width = Math.max(firstData.length, ...headings.map((r) => r.length));
  const keyColumn = firstData.findIndex((c) => KEY_CELL.test(c));
  return Array.from({ length: width }, (_, i) => {
    if (i === keyColumn) return 'Schlüssel';
    if (DATE_CELL.test(firstData[i] ?? '')) return 'Stichtag';
    return [...new Set(headings.map((r) => (r[i] ?? '').trim()).filter(Boolean))].join(' · ');
  });
}
