import { cellValue } from '../domain/employment';
import type { EstablishmentTable } from '../domain/establishments';

/**
 * The business register's sections that make up each section group of the employment table. The
 * register has no A (agriculture), O (public administration), T and U (households, extraterritorial
 * bodies): A gets no count, O-Q is P + Q, R-U is R + S.
 */
export const ESTABLISHMENT_PARTS: Record<string, readonly string[]> = {
  'B-E': ['B', 'C', 'D', 'E'],
  C: ['C'],
  F: ['F'],
  'G-I': ['G', 'H', 'I'],
  J: ['J'],
  K: ['K'],
  L: ['L'],
  'M-N': ['M', 'N'],
  'O-Q': ['P', 'Q'],
  'R-U': ['R', 'S'],
  total: ['total'],
};

/**
 * A unit's establishments in an employment section group: the sum of its register sections, or
 * null when the register has none for the group or one part is unknown ("." never counts as 0).
 */
export function establishmentsIn(table: EstablishmentTable, unit: string, section: string): number | null {
  const parts = ESTABLISHMENT_PARTS[section];
  if (!parts) return null;
  let sum = 0;
  for (const part of parts) {
    const n = cellValue(table.count(unit, part));
    if (n === null) return null;
    sum += n;
  }
  return sum;
}
