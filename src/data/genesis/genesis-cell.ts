import { MARKERS, type EmploymentCell, type Marker } from '../../domain/employment';

/** A region key of the official tables: Germany, a Land or Regierungsbezirk, a Kreis, a municipality. */
export const REGION_KEY = /^(DG|\d{2,3}|\d{5}|\d{8})$/;

/**
 * One cell of an official table: a count, or a marker kept as a marker (never 0: "-" is exactly
 * zero, "." unknown or secret …), else the reason it is not a value, for the import report.
 */
export function cellOf(raw: string): EmploymentCell | string {
  const s = raw.trim();
  if ((MARKERS as readonly string[]).includes(s)) return { marker: s as Marker };
  if (s === '...') return { marker: '…' };
  return /^\d+$/.test(s) ? { value: Number(s) } : `kein Wert „${s}“ / not a value`;
}
