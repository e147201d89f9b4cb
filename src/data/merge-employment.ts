import type { EmploymentCell, EmploymentTable } from '../domain/employment';
import type { GenesisEmployment } from './genesis/genesis-employment';

/**
 * The shipped table with a user's export laid over it: the user's cells win where both have one
 * (a corrected year), the years and regions of both are offered. Source named as "own file" plus
 * the shipped table's.
 */
export function mergeEmployment(shipped: EmploymentTable, own: GenesisEmployment, file: string): EmploymentTable {
  const units = new Map(shipped.units.map((u) => [u.key, u.name]));
  for (const u of own.units) if (!units.has(u.key)) units.set(u.key, u.name.replace(/\s+/g, ' '));
  return {
    ...shipped,
    source: { ...shipped.source, table: `${own.table || '?'} (${file}) + ${shipped.source.table}` },
    units: [...units].map(([key, name]) => ({ key, name })),
    years: [...new Set([...shipped.years, ...own.years])].sort((a, b) => a - b),
    cell: (unit, year, section): EmploymentCell | undefined =>
      own.cells.get(`${unit}|${year}|${section}`) ?? shipped.cell(unit, year, section),
  };
}

/** What the importer understood, in the words the report shows: "13111-07-05-4, 401 Kreise, 2021, 14 Wirtschaftszweige". */
export function employmentSummary(own: GenesisEmployment, german: boolean): string {
  const kreise = own.units.filter((u) => u.key.length === 5).length;
  const years = own.years.length > 1 ? `${own.years[0]}–${own.years[own.years.length - 1]}` : String(own.years[0]);
  const totalOnly = own.sections.length === 1 && own.sections[0] === 'total';
  const sections = german
    ? totalOnly
      ? 'nur insgesamt (ohne Wirtschaftszweige)'
      : `${own.sections.length} Wirtschaftszweige`
    : totalOnly
      ? 'total only (no industries)'
      : `${own.sections.length} industries`;
  return german
    ? `${own.table || 'Tabelle ohne Kennung'}, ${kreise} Kreise, ${years}, ${sections}`
    : `${own.table || 'table without id'}, ${kreise} districts, ${years}, ${sections}`;
}
