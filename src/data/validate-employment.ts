import * as v from 'valibot';
import type { EmploymentTable } from '../domain/employment';
import { GeodataError } from './geodata-error';
import { nonEmpty, parseWithSchema } from './parse-with-schema';
import { cellFromRaw, rawCellSchema, statisticsSource, statisticsSourceSchema } from './statistics-file';

const schema = v.object({
  source: statisticsSourceSchema,
  measure: nonEmpty,
  years: v.pipe(v.array(v.pipe(v.number(), v.integer())), v.minLength(1)),
  sections: v.pipe(v.array(nonEmpty), v.minLength(2)),
  units: v.array(v.object({ key: nonEmpty, name: nonEmpty })),
  values: v.record(v.string(), v.array(v.array(rawCellSchema))),
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
    source: statisticsSource(parsed.source),
    measure: parsed.measure,
    units: parsed.units,
    sections: sections.map((code) => ({ code, label: { de: code, en: code } })),
    years,
    cell: (unit, year, section) => cellFromRaw(parsed.values[unit]?.[yearIndex.get(year) ?? -1]?.[sectionIndex.get(section) ?? -1]),
  };
}
