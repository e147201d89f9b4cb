import type { EmploymentTable } from '../domain/employment';
import { employmentLq } from './employment-lq';

/** The Ruhr's 15 Kreis-level units, as the employment tables key them. */
const RUHR_UNITS = [
  '05112',
  '05113',
  '05117',
  '05119',
  '05512',
  '05513',
  '05911',
  '05913',
  '05914',
  '05915',
  '05916',
  '05170',
  '05562',
  '05954',
  '05978',
];

/** Section groups that do not overlap (C is shown as "of which" under B-E). */
export const PROFILE_SECTIONS = ['A', 'B-E', 'C', 'F', 'G-I', 'J', 'K', 'L', 'M-N', 'O-Q', 'R-U'];

/** The Ruhr's 15 units on one section's LQ in a year, most specialised first (small ones flagged). */
export function rankedLq(table: EmploymentTable, section: string, year: number, reference: string) {
  return RUHR_UNITS.map((unit) => ({ unit, ...employmentLq(table, unit, section, year, reference) }))
    .filter((r): r is typeof r & { lq: number } => r.lq !== null)
    .sort((a, b) => b.lq - a.lq);
}
