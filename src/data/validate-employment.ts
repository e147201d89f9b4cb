import * as v from 'valibot';
import { MARKERS, type EmploymentCell, type EmploymentTable } from '../domain/employment';
import { GeodataError } from './geodata-error';
import { httpUrl, nonEmpty, parseWithSchema } from './parse-with-schema';

const schema = v.object({
  source: v.object({
    table: nonEmpty,
    title: nonEmpty,
    publisher: nonEmpty,
    reference_date: nonEmpty,
    retrieved: nonEmpty,
    licence: nonEmpty,
    url: httpUrl,
    audit: v.string(),
  }),
  measure: nonEmpty,
  years: v.pipe(v.array(v.pipe(v.number(), v.integer())), v.minLength(1)),
  sections: v.pipe(v.array(nonEmpty), v.minLength(2)),
  units: v.array(v.object({ key: nonEmpty, name: nonEmpty })),
  values: v.record(v.string(), v.array(v.array(v.union([v.number(), v.picklist(MARKERS), v.null()])))),
});

/**
 * Validates the shipped employment file (geodata/employment-13111-07-05-4.json) and gives it the
 * shape the measures read. Every unit has one row per year with one entry per section.
 */
export function validateEmployment(file: string, data: unknown): EmploymentTable {
  const parsed = parseWithSchema(file, schema, data);
  const { years, sections } = parsed;
  for (const u of parsed.units) {
    const rows = parsed.values[u.key];
    if (!rows || rows.length !== years.length || rows.some((r) => r.length !== sections.length)) {
      throw new GeodataError(
        file,
        `values.${u.key}: nicht ${years.length} × ${sections.length} Werte / not ${years.length} × ${sections.length} values`,
      );
    }
  }
  const yearIndex = new Map(years.map((y, i) => [y, i]));
  const sectionIndex = new Map(sections.map((s, i) => [s, i]));
  return {
    source: { ...parsed.source, referenceDate: parsed.source.reference_date },
    measure: parsed.measure,
    units: parsed.units,
    sections: sections.map((code) => ({ code, label: { de: code, en: code } })),
    years,
    cell: (unit, year, section): EmploymentCell | undefined => {
      const raw = parsed.values[unit]?.[yearIndex.get(year) ?? -1]?.[sectionIndex.get(section) ?? -1];
      if (raw === undefined || raw === null) return undefined;
      return typeof raw === 'number' ? { value: raw } : { marker: raw };
    },
  };
}
