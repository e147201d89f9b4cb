import type { Text } from './text';

/**
 * Employment by economic section (WZ 2008) per Kreis and year, as official tables publish it.
 * A cell is a number or a marker; a marker never becomes 0 (Destatis' sign conventions):
 * "-" exactly zero, "." unknown or kept secret, "x" not applicable (cell locked), "/" not
 * reliable enough, "…" not yet available.
 */
export const MARKERS = ['-', '.', 'x', '/', '…'] as const;
export type Marker = (typeof MARKERS)[number];

export type EmploymentCell = { value: number } | { marker: Marker };

/** A Kreis, kreisfreie Stadt, Land ("05") or Germany ("DG") as the tables key them. */
export interface EmploymentUnit {
  key: string;
  name: string;
}

export interface EmploymentSection {
  code: string;
  label: Text;
}

/** Where a table comes from: what a reader needs to find and cite it. */
export interface EmploymentSource {
  table: string;
  title: string;
  publisher: string;
  referenceDate: string;
  retrieved: string;
  licence: string;
  url: string;
}

export interface EmploymentTable {
  source: EmploymentSource;
  /** What is counted, e.g. "SV-Beschäftigte am Arbeitsort". */
  measure: string;
  units: EmploymentUnit[];
  sections: EmploymentSection[];
  years: number[];
  /** Cell of unit × year × section; "total" is the section code of all sections together. */
  cell: (unit: string, year: number, section: string) => EmploymentCell | undefined;
}

/** The value of a cell, or null for a marker other than "-" (which is exactly zero) or a gap. */
export function cellValue(cell: EmploymentCell | undefined): number | null {
  if (!cell) return null;
  if ('value' in cell) return cell.value;
  return cell.marker === '-' ? 0 : null;
}

export const TOTAL = 'total';
