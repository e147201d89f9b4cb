import { cellValue, TOTAL, type EmploymentTable } from '../domain/employment';
import type { EstablishmentTable } from '../domain/establishments';
import { establishmentsIn } from './establishments-in-section';
import { cagr } from './employment-growth';
import { employmentLq } from './employment-lq';
import { PROFILE_SECTIONS, rankedLq } from './employment-ranking';
import { sectorSpecialisation } from './sector-specialisation';
import { shiftShare, type ShiftShare } from './shift-share';
import { strongClusters } from './strong-cluster';

export interface SectionRow {
  section: string;
  employees: number | null;
  lq: number | null;
  small: boolean;
  /** Rank of the LQ among the Ruhr's 15 units (1 = most specialised); null when not ranked. */
  rank: number | null;
  ranked: number;
  strong: boolean;
  /** Establishments in the section (the register's year), null where it has none or one is unknown. */
  establishments: number | null;
  /** The strong-cluster test ran without its establishment part (the register has no such section). */
  strongWithoutEstablishments: boolean;
  cagr: number | null;
  shiftShare: ShiftShare | null;
}

export interface EmploymentProfile {
  unit: string;
  rows: SectionRow[];
  hoover: number | null;
  krugman: number | null;
  /** The parts of the strong-cluster test the data could not support in any section. */
  notApplied: string[];
  /** The year of the establishments the test used, or null without them. */
  establishmentsYear: number | null;
}

export interface ProfileRequest {
  reference: string;
  start: number;
  end: number;
}

/** Kreis-level units of Germany with employment in a year: the comparable regions of the strong-cluster test. */
function comparableUnits(table: EmploymentTable, year: number): string[] {
  return table.units.map((u) => u.key).filter((k) => k.length === 5 && (cellValue(table.cell(k, year, TOTAL)) ?? 0) > 0);
}

/**
 * One unit's employment profile: per section its employees and LQ in the end year against the
 * reference (rank among the Ruhr's units; strong-cluster flag among all German Kreise), growth
 * and shift-share between the two years, and the Hoover and Krugman indices of its section mix.
 */
export function employmentProfile(
  table: EmploymentTable,
  unit: string,
  { reference, start, end }: ProfileRequest,
  firms?: EstablishmentTable,
): EmploymentProfile {
  const peers = comparableUnits(table, end);
  const notApplied = new Set<string>();
  const rows = PROFILE_SECTIONS.map((section): SectionRow => {
    const own = employmentLq(table, unit, section, end, reference);
    const ranking = rankedLq(table, section, end, reference).filter((r) => !r.small);
    const index = ranking.findIndex((r) => r.unit === unit);
    const test = strongClusters(
      peers.map((u) => {
        const q = employmentLq(table, u, section, end, reference);
        // Establishments where the register has the section; else that part of the test is left out.
        const count = firms ? establishmentsIn(firms, u, section) : null;
        return { key: u, lq: q.lq, employees: q.employees, ...(count === null ? {} : { establishments: count }) };
      }),
    );
    test.notApplied.forEach((p) => notApplied.add(p));
    const established = firms ? establishmentsIn(firms, unit, section) : null;
    const v = (u: string, y: number, s: string) => cellValue(table.cell(u, y, s));
    return {
      section,
      employees: own.employees,
      lq: own.lq,
      small: own.small,
      rank: index < 0 || own.small ? null : index + 1,
      ranked: ranking.length,
      strong: test.results.find((r) => r.key === unit)?.strong ?? false,
      establishments: established,
      strongWithoutEstablishments: test.notApplied.includes('establishments'),
      cagr: cagr(v(unit, start, section), v(unit, end, section), end - start),
      shiftShare: shiftShare({
        local: [v(unit, start, section), v(unit, end, section)],
        referenceSection: [v(reference, start, section), v(reference, end, section)],
        referenceTotal: [v(reference, start, TOTAL), v(reference, end, TOTAL)],
      }),
    };
  });
  const mix = PROFILE_SECTIONS.filter((s) => s !== 'C');
  const spec = sectorSpecialisation(
    mix.map((s) => cellValue(table.cell(unit, end, s))),
    mix.map((s) => cellValue(table.cell(reference, end, s))),
  );
  const withFirms = rows.some((r) => !r.strongWithoutEstablishments);
  return {
    unit,
    rows,
    hoover: spec.hoover,
    krugman: spec.krugman,
    notApplied: withFirms ? [] : [...notApplied],
    establishmentsYear: firms && withFirms ? firms.year : null,
  };
}

/** The Kreis-level unit whose figures stand for a municipality or Kreis of the atlas (AGS 8 or 5 digits). */
export function employmentUnitOf(id: string): string {
  return id.slice(0, 5);
}
