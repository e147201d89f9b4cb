/**
 * A number as written in a CSV cell. German files (decimal comma): "1.234,5", "1234,5", "-3";
 * international: "1,234.5", "1234.5". Empty, "." (unknown or secret), "x" (not applicable) and
 * "/" (not reliable) are null: no value. "-" is exactly zero, as Destatis tables write it.
 * Anything else is NaN, which the import reports by line: a notation that belongs to the other
 * convention ("1,234.5" in a German file) is never guessed, nor is "Infinity".
 */
export function parseNumber(cell: string, decimalComma: boolean): number | null {
  // Spaces and no-break spaces as thousands separators; a line break inside a cell is no number.
  const s = cell.trim().replace(/[ \u00a0\u202f]/g, '');
  if (s === '' || s === '.' || s === 'x' || s === '/' || s === '…') return null;
  if (s === '-' || s === '–') return 0;
  const last = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
  // Both separators: the last one must be the decimal mark of the file's convention.
  if (s.includes('.') && s.includes(',') && s[last] !== (decimalComma ? ',' : '.')) return Number.NaN;
  // Thousands separators only before groups of three digits; any other "." in a German file (or
  // "," in an international one) makes the cell ambiguous.
  const grouped = decimalComma ? s.replace(/\.(?=\d{3}(\D|$))/g, '') : s.replace(/,(?=\d{3}(\D|$))/g, '');
  if (decimalComma && grouped.includes('.')) return Number.NaN;
  const normal = decimalComma ? grouped.replace(',', '.') : grouped;
  return /^[-+]?\d+(\.\d+)?$/.test(normal) ? Number(normal) : Number.NaN;
}

/** Whether a cell is one of the statistics offices' signs for "no value". */
export const isNoValueMarker = (cell: string) => ['.', 'x', '/', '…'].includes(cell.trim());
