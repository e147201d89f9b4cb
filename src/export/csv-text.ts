import Papa from 'papaparse';

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab or CR first) gets a leading
 * apostrophe, as spreadsheet tools expect (OWASP "CSV injection"); a plain number such as "-3" or
 * "-0,5" stays a number.
 */
const FORMULA = /^[=+\-@\t\r](?![\d.,]*$)/;

/** Rows as CSV text: German (semicolons, the rows carry decimal commas) or international (commas). */
export function csvText(rows: string[][], german: boolean): string {
  return Papa.unparse(rows, { delimiter: german ? ';' : ',', escapeFormulae: FORMULA });
}
