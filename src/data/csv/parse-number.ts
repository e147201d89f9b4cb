/**
 * A number as written in a CSV cell. German files (decimal comma): "1.234,5", "1234,5", "-3";
 * international: "1,234.5", "1234.5". Empty, "-" and "." (statistics offices' "no value") are null;
 * anything else is NaN, which the import reports.
 */
export function parseNumber(cell: string, decimalComma: boolean): number | null {
  const s = cell.trim().replace(/\s/g, '');
  if (s === '' || s === '-' || s === '.' || s === '–' || s === 'x') return null;
  const normal = decimalComma ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  return /^[-+]?\d+(\.\d+)?$/.test(normal) ? Number(normal) : Number.NaN;
}
