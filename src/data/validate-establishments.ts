import * as v from 'valibot';
import type { EstablishmentTable } from '../domain/establishments';
import { GeodataError } from './geodata-error';
import { nonEmpty, parseWithSchema } from './parse-with-schema';
import { cellFromRaw, rawCellSchema, statisticsSource, statisticsSourceSchema } from './statistics-file';

const schema = v.object({
  source: statisticsSourceSchema,
  measure: nonEmpty,
  year: v.pipe(v.number(), v.integer()),
  sections: v.pipe(v.array(nonEmpty), v.minLength(2)),
  units: v.array(v.object({ key: nonEmpty, name: nonEmpty })),
  values: v.record(v.string(), v.array(rawCellSchema)),
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
    source: statisticsSource(parsed.source),
    measure: parsed.measure,
    year: parsed.year,
    sections: parsed.sections,
    count: (unit, section) => cellFromRaw(parsed.values[unit]?.[sectionIndex.get(section) ?? -1]),
  };
}
