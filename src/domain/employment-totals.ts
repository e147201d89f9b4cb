/** Where one span of years of the totals comes from. */
export interface TotalsSource {
  years: string;
  table: string;
  file: string;
  stand: string;
  audit: string;
}

/**
 * Employees (all industries) per Kreis, NRW and Germany over the longest span the stored tables
 * give: a series for the long view, beside the section table's six years.
 */
export interface EmploymentTotals {
  sources: TotalsSource[];
  publisher: string;
  licence: string;
  url: string;
  measure: string;
  /** Years with figures, ascending; gaps between them are years no stored table gives. */
  years: number[];
  missing: string;
  total: (unit: string, year: number) => number | null;
}
