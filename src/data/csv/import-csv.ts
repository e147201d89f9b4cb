import Papa from 'papaparse';
import { decodeText } from './decode-text';
import { MAX_CSV_BYTES, MAX_CSV_COLUMNS, tooLargeMessage } from './csv-limits';
import { createCsvJoin, type CsvImport, type MunicipalityKeys } from './join-csv';

/**
 * A CSV file's bytes to joined indicator columns: decoding (UTF-8/BOM/Windows-1252), parsing
 * with Papa Parse row by row (delimiter detected, quoted fields), the German number convention
 * for semicolon files, then the join. `onProgress` gets the share parsed so far. Throws a
 * readable message for an unusable file.
 */
export function importCsv(bytes: Uint8Array, keys: MunicipalityKeys, onProgress?: (share: number) => void): CsvImport & { encoding: string; delimiter: string } {
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
  Papa.parse<string[]>(text, {
    skipEmptyLines: true,
    delimitersToGuess: [';', ',', '\t', '|'],
    step: (row, parser) => {
      line++;
      try {
        const quote = row.errors.find((e) => e.type === 'Quotes');
        if (quote) throw new Error(`Zeile ${line}: ein Anführungszeichen wird nicht geschlossen; ab hier wäre der Rest der Datei eine einzige Zelle. Bitte das Anführungszeichen in Zeile ${line} prüfen / line ${line}: a quote is never closed`);
        if (!join) {
          if (row.data.length > MAX_CSV_COLUMNS) throw new Error(`Die Datei hat ${row.data.length} Spalten, höchstens ${MAX_CSV_COLUMNS} / the file has ${row.data.length} columns, at most ${MAX_CSV_COLUMNS}`);
          delimiter = row.meta.delimiter;
          join = createCsvJoin(row.data, keys, delimiter === ';' || delimiter === '\t');
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
  if (!join || line < 2) throw new Error('Die Datei hat keine Datenzeilen / the file has no data rows');
  const joined = join.result();
  if (joined.matchedRows === 0) throw new Error(`Keine Zeile passt zu einer RVR-Kommune / no row matches an RVR municipality (${joined.issues[0]?.reason ?? ''})`);
  return { ...joined, encoding: decoded.encoding, delimiter };
}
