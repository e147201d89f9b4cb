import type { EmploymentCell, EmploymentSource } from './employment';

/**
 * Establishments (Betriebe) per WZ 2008 section and Kreis in one year, from the business register
 * (Unternehmensregister, table 52111-02-01-4). Its sections are letters (B … S, no A, O, T, U);
 * "total" is its all-sections column (B-N, P-S).
 */
export interface EstablishmentTable {
  source: EmploymentSource;
  measure: string;
  year: number;
  sections: string[];
  count: (unit: string, section: string) => EmploymentCell | undefined;
}
