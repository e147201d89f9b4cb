import * as v from 'valibot';
import type { EmploymentTotals } from '../domain/employment-totals';
import { GeodataError } from './geodata-error';
import { httpUrl, nonEmpty, parseWithSchema } from './parse-with-schema';

const schema = v.object({
  sources: v.array(v.object({ years: nonEmpty, table: nonEmpty, file: nonEmpty, stand: nonEmpty, audit: nonEmpty })),
  publisher: nonEmpty,
  licence: nonEmpty,
  url: httpUrl,
  measure: nonEmpty,
  missing: v.string(),
  years: v.pipe(v.array(v.pipe(v.number(), v.integer())), v.minLength(2)),
  units: v.array(v.object({ key: nonEmpty, name: nonEmpty })),
  values: v.record(v.string(), v.array(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))))),
});

/** Validates geodata/employment-totals-13111-01-03-4.json: one figure (or null) per year for every unit. */
export function validateEmploymentTotals(file: string, data: unknown): EmploymentTotals {
  const { values, years, units, ...rest } = parseWithSchema(file, schema, data);
  for (const u of units) {
    if (values[u.key]?.length !== years.length)
      throw new GeodataError(file, `values.${u.key}: nicht ${years.length} Werte / not ${years.length} values`);
  }
  const at = new Map(years.map((y, i) => [y, i]));
  return { ...rest, years, total: (unit, year) => values[unit]?.[at.get(year) ?? -1] ?? null };
}
