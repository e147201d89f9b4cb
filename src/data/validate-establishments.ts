import * as v from 'valibot';
import { MARKERS, type EmploymentCell } from '../domain/employment';
import type { EstablishmentTable } from '../domain/establishments';
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
  year: v.pipe(v.number(), v.integer()),
  sections: v.pipe(v.array(nonEmpty), v.minLength(2)),
  units: v.array(v.object({ key: nonEmpty, name: nonEmpty })),
  values: v.record(v.string(), v.array(v.union([v.number(), v.picklist(MARKERS), v.null()]))),
});

/** Validates geodata/establishments-52111-02-01-4.json: one entry per section for every unit. */
export function validateEstablishments(file: string, data: unknown): EstablishmentTable {
  const parsed = parseWithSchema(file, schema, data);
  for (const u of parsed.units) {
    if (parsed.values[u.key]?.length !== parsed.sections.length) {
      throw new GeodataError(file, `values.${u.key}: nicht ${parsed.sections.length} Werte / not ${parsed.sections.length} values`);
    }
  }
  const sectionIndex = new Map(parsed.sections.map((s, i) => [s, i]));
  return {
    source: { ...parsed.source, referenceDate: parsed.source.reference_date },
    measure: parsed.measure,
    year: parsed.year,
    sections: parsed.sections,
    count: (unit, section): EmploymentCell | undefined => {
      const raw = parsed.values[unit]?.[sectionIndex.get(section) ?? -1];
      if (raw === undefined || raw === null) return undefined;
      return typeof raw === 'number' ? { value: raw } : { marker: raw };
    },
  };
}
