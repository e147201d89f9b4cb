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

export function validatePopulation(file: string, data: unknown): PopulationFile {
  return parseWithSchema(file, schema, data);
}
