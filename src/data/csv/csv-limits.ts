/** Larger files are refused before reading: no table of municipalities is this big. */
export const MAX_CSV_BYTES = 200 * 1024 * 1024;

/** The message for a file over MAX_CSV_BYTES. */
export function tooLargeMessage(bytes: number): string {
  return `Die Datei ist zu groß (${Math.round(bytes / 1048576)} MB, höchstens 200 MB) / the file is too large (${Math.round(bytes / 1048576)} MB, at most 200 MB)`;
}

/** More columns than this are refused: no indicator table has them, and a list of them would freeze the page. */
export const MAX_CSV_COLUMNS = 500;
