import Papa from 'papaparse';
import { decodeText } from './decode-text';
import { MAX_CSV_BYTES, MAX_CSV_COLUMNS, tooLargeMessage } from './csv-limits';
import { composeHeader, isDataRow, isFooterStart, rowsAfterHeadings } from './compose-header';
import { createCsvJoin, type CsvImport, type MunicipalityKeys } from './join-csv';

/** How many lines of title and headings an official export may have before its first data row. */
const MAX_PREAMBLE = 40;

/**
 * A CSV file's bytes to joined indicator columns: decoding (UTF-8/BOM/Windows-1252), parsing
 * with Papa Parse row by row (delimiter detected, quoted fields), the German number convention
 * for semicolon files, then the join. `onProgress` gets the share parsed so far. Throws a
 * readable message for an unusable file.
 */
export function importCsv(
  bytes: Uint8Array,
  keys: MunicipalityKeys,
  onProgress?: (share: number) => void,
): CsvImport & { encoding: string; delimiter: string } {
  if (bytes.length === 0) throw new Error('Die Datei ist leer / the file is empty');
  if (bytes.length > MAX_CSV_BYTES) throw new Error(tooLargeMessage(bytes.length));
  let decoded;
  try {
    decoded = decodeText(bytes);
  } catch {
    throw new Error('Das ist keine Textdatei (CSV) / this is not a text (CSV) file');
  }
  // One kind of line ending: a file mixing CR, LF and CRLF would otherwise split rows in one place
  // and keep line breaks inside cells in another.
  const text = decoded.text.replace(/\r\n?/g, '\n').trim();
  let join: ReturnType<typeof createCsvJoin> | undefined;
  let delimiter = '';
  let line = 0;
  let failure: unknown;
  let footer = false;
  // The lines before the first data row, held until it shows where the header ends.
  const pending: { data: string[]; line: number }[] = [];
  const start = (headerRow: string[], rows: typeof pending) => {
    if (headerRow.length > MAX_CSV_COLUMNS)
      throw new Error(
        `Die Datei hat ${headerRow.length} Spalten, höchstens ${MAX_CSV_COLUMNS} / the file has ${headerRow.length} columns, at most ${MAX_CSV_COLUMNS}`,
      );
    join = createCsvJoin(headerRow, keys, delimiter === ';' || delimiter === '\t');
    for (const r of rows) join.add(r.data, r.line);
  };
  // An official export (GENESIS, Regionalstatistik, Landesdatenbank) opens with its table's id on a
  // line of its own, which defeats guessing: it always uses semicolons.
  const official = /^(GENESIS-)?Tabelle:/i.test(text);
  Papa.parse<string[]>(text, {
    skipEmptyLines: true,
    ...(official ? { delimiter: ';' } : { delimitersToGuess: [';', ',', '\t', '|'] }),
    step: (row, parser) => {
      line++;
      try {
        const quote = row.errors.find((e) => e.type === 'Quotes');
        if (quote)
          throw new Error(
            `Zeile ${line}: ein Anführungszeichen wird nicht geschlossen; ab hier wäre der Rest der Datei eine einzige Zelle. Bitte das Anführungszeichen in Zeile ${line} prüfen / line ${line}: a quote is never closed`,
          );
        if (footer) return;
        if (!join) {
          if (row.data.length > MAX_CSV_COLUMNS)
            throw new Error(
              `Die Datei hat ${row.data.length} Spalten, höchstens ${MAX_CSV_COLUMNS} / the file has ${row.data.length} columns, at most ${MAX_CSV_COLUMNS}`,
            );
          delimiter = row.meta.delimiter;
          pending.push({ data: row.data, line });
          if (pending.length > 1 && isDataRow(row.data)) {
            const above = pending.slice(0, -1);
            start(
              composeHeader(
                above.map((r) => r.data),
                row.data,
              ),
              [...rowsAfterHeadings(above), ...pending.slice(-1)],
            );
          } else if (pending.length >= MAX_PREAMBLE) {
            start(pending[0]!.data, pending.slice(1));
          }
          return;
        }
        if (isFooterStart(row.data)) {
          footer = true;
          return;
        }
        join.add(row.data, line);
        if (onProgress && line % 50_000 === 0) onProgress(row.meta.cursor / text.length);
      } catch (error) {
        failure = error;
        parser.abort();
      }
    },
  });
  if (failure) throw failure;
  // A short file without a row that looks like data: its first line is the header, as in any CSV.
  if (!join && pending.length >= 2) start(pending[0]!.data, pending.slice(1));
  if (!join || line < 2) throw new Error('Die Datei hat keine Datenzeilen / the file has no data rows');
  const joined = join.result();
  if (joined.matchedRows === 0)
    throw new Error(`Keine Zeile passt zu einer RVR-Kommune / no row matches an RVR municipality (${joined.issues[0]?.reason ?? ''})`);
  return { ...joined, encoding: decoded.encoding, delimiter };
}
