import type { EmploymentTotals } from '../domain/employment-totals';

interface TotalPoint {
  unit: string;
  year: number;
  employees: number;
  /** Employees against the unit's first year = 100. */
  index: number;
}

/** Each unit's employees of all industries per year, indexed to the first year it has = 100. */
export function totalSeries(totals: EmploymentTotals, units: readonly string[]): TotalPoint[] {
  return units.flatMap((unit) => {
    const known = totals.years.flatMap((year) => {
      const employees = totals.total(unit, year);
      return employees === null ? [] : [{ year, employees }];
    });
    const base = known[0]?.employees;
    return base ? known.map((p) => ({ unit, ...p, index: (p.employees / base) * 100 })) : [];
  });
}

/** The change from a unit's first to its last year, as a share (0.2 = +20 %), with those years. */
export function totalChange(series: readonly TotalPoint[], unit: string): { from: number; to: number; change: number } | null {
  const own = series.filter((p) => p.unit === unit);
  const first = own[0];
  const last = own[own.length - 1];
  return first && last && first !== last ? { from: first.year, to: last.year, change: last.employees / first.employees - 1 } : null;
}
