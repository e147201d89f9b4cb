/**
 * Compound annual growth rate between two years: (end / start)^(1 / years) - 1. Null when a value
 * is missing, the start is not positive, or the years are not in order.
 */
export function cagr(start: number | null, end: number | null, years: number): number | null {
  if (start === null || end === null || start <= 0 || end < 0 || years <= 0) return null;
  return (end / start) ** (1 / years) - 1;
}
