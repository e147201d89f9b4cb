import * as v from 'valibot';
import type { PopulationFile } from '../domain/population';
import { agsSchema, nonEmpty, parseWithSchema } from './parse-with-schema';

const schema = v.object({
  source: v.object({
    title: nonEmpty,
    publisher: nonEmpty,
    reference_date: nonEmpty,
    licence: nonEmpty,
    url: nonEmpty,
    read_from: nonEmpty,
    note: nonEmpty,
  }),
  rows: v.array(
    v.object({
      ags: agsSchema,
      name: nonEmpty,
      population: v.pipe(v.number(), v.integer(), v.minValue(1)),
      source_text: nonEmpty,
    }),
  ),
});

/** Validates population-zensus2022.json and gives it the app's shape (camelCase). */
export function validatePopulation(file: string, data: unknown): PopulationFile {
  const { source, rows } = parseWithSchema(file, schema, data);
  const { reference_date, read_from, ...rest } = source;
  return {
    source: { ...rest, referenceDate: reference_date, readFrom: read_from },
    rows: rows.map(({ source_text, ...row }) => ({ ...row, sourceText: source_text })),
  };
}
