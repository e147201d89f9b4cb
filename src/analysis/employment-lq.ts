import { cellValue, TOTAL, type EmploymentTable } from '../domain/employment';

/**
 * Fewer employees than this in a section and Kreis: the quotient is flagged, not ranked (the
 * minimum-size rule of the European Cluster Observatory and clustermapping.us, as a head count).
 */
export const MIN_EMPLOYEES = 100;

interface EmploymentQuotient {
  employees: number | null;
  lq: number | null;
  /** Below MIN_EMPLOYEES, or a marker: shown, never ranked. */
  small: boolean;
}

/**
 * Employment location quotient of a section in a unit against a reference economy (NRW "05" or
 * Germany "DG"): LQ = (e_is / e_i) / (E_s / E). Null when a needed cell is a marker or a gap.
 */
export function employmentLq(table: EmploymentTable, unit: string, section: string, year: number, reference: string): EmploymentQuotient {
  const e = cellValue(table.cell(unit, year, section));
  const eTotal = cellValue(table.cell(unit, year, TOTAL));
  const r = cellValue(table.cell(reference, year, section));
  const rTotal = cellValue(table.cell(reference, year, TOTAL));
  const small = e === null || e < MIN_EMPLOYEES;
  if (e === null || eTotal === null || r === null || rTotal === null || eTotal <= 0 || r <= 0 || rTotal <= 0)
    return { employees: e, lq: null, small };
  return { employees: e, lq: e / eTotal / (r / rTotal), small };
}
