import Papa from 'papaparse';
import { decodeText } from './decode-text';
import { joinCsv, type CsvImport, type MunicipalityKeys } from './join-csv';

/**
 * A CSV file's bytes to joined indicator columns: decoding (UTF-8/BOM/Windows-1252), parsing
 * with Papa Parse (delimiter detected, quoted fields), the German number convention for
 * semicolon files, then the join. Throws a readable message for an unusable file.
 */
export function importCsv(bytes: Uint8Array, keys: MunicipalityKeys): CsvImport & { encoding: string; delimiter: string } {
  if (bytes.length === 0) throw new Error('Die Datei ist leer / the file is empty');
  let decoded;
  try {
    decoded = decodeText(bytes);
  } catch {
    throw new Error('Das ist keine Textdatei (CSV) / this is not a text (CSV) file');
  }
  const parsed = Papa.parse<string[]>(decoded.text.trim(), { skipEmptyLines: true, delimitersToGuess: [';', ',', '\t', '|'] });
  if (parsed.data.length < 2) throw new Error('Die Datei hat keine Datenzeilen / the file has no data rows');
  const delimiter = parsed.meta.delimiter;
  const joined = joinCsv(parsed.data, keys, delimiter === ';' || delimiter === '\t');
  if (joined.matchedRows === 0) throw new Error(`Keine Zeile passt zu einer RVR-Kommune / no row matches an RVR municipality (${joined.issues[0]?.reason ?? ''})`);
  return { ...joined, encoding: decoded.encoding, delimiter };
}
