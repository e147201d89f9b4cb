import { cellValue, type EmploymentTable } from '../domain/employment';
import { cagr } from './employment-growth';
import { employmentLq } from './employment-lq';
import { lqGrowthPoints, type QuadrantPoint } from './lq-growth-quadrant';
import { PROFILE_SECTIONS } from './employment-ranking';

/** Employees per year of one section in each unit, indexed to the first year = 100 as well. */
export function sectionSeries(table: EmploymentTable, units: readonly string[], section: string) {
  return units.flatMap((unit) => {
    const base = cellValue(table.cell(unit, table.years[0]!, section));
    return table.years.flatMap((year) => {
      const employees = cellValue(table.cell(unit, year, section));
      return employees === null ? [] : [{ unit, year, employees, index: base ? (employees / base) * 100 : null }];
    });
  });
}

/** One unit's sections on the LQ–growth chart: LQ in the end year, growth against the reference section's. */
export function quadrantPoints(table: EmploymentTable, unit: string, reference: string, start: number, end: number): QuadrantPoint[] {
  const v = (u: string, y: number, s: string) => cellValue(table.cell(u, y, s));
  return lqGrowthPoints(
    PROFILE_SECTIONS.filter((s) => s !== 'C').map((section) => ({
      section,
      lq: employmentLq(table, unit, section, end, reference).lq,
      localCagr: cagr(v(unit, start, section), v(unit, end, section), end - start),
      referenceCagr: cagr(v(reference, start, section), v(reference, end, section), end - start),
    })),
  );
}

/** Every section's LQ per unit (for small multiples side by side). */
export function lqProfiles(table: EmploymentTable, units: readonly string[], year: number, reference: string) {
  return units.flatMap((unit) =>
    PROFILE_SECTIONS.filter((s) => s !== 'C').flatMap((section) => {
      const q = employmentLq(table, unit, section, year, reference);
      return q.lq === null ? [] : [{ unit, section, lq: q.lq, small: q.small }];
    }),
  );
}
