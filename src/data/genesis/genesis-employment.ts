import type { EmploymentCell } from '../../domain/employment';

/** One row that could not be used, by its line in the file. */
export interface GenesisIssue {
  line: number;
  reason: string;
}

/** A parsed GENESIS / Regionalstatistik export of employees by WZ section per region. */
export interface GenesisEmployment {
  table: string;
  title: string;
  years: number[];
  units: { key: string; name: string }[];
  sections: string[];
  /** `${key}|${year}|${section}` → cell; section "total" for all sections. */
  cells: Map<string, EmploymentCell>;
  issues: GenesisIssue[];
}
