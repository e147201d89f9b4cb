import * as v from 'valibot';
import { MARKERS, type EmploymentCell, type EmploymentSource } from '../domain/employment';
import { httpUrl, nonEmpty } from './parse-with-schema';

/** The source block of a shipped official table (employment, establishments): what cites it. */
export const statisticsSourceSchema = v.object({
  table: nonEmpty,
  title: nonEmpty,
  publisher: nonEmpty,
  reference_date: nonEmpty,
  retrieved: nonEmpty,
  licence: nonEmpty,
  url: httpUrl,
  audit: v.string(),
});

/** A cell as the shipped files write it: a number, a marker, or null (no row for it). */
export const rawCellSchema = v.union([v.number(), v.picklist(MARKERS), v.null()]);

/** The app's shape of the source block (camelCase; the audit copy is kept out of the app). */
export function statisticsSource({ reference_date, ...rest }: v.InferOutput<typeof statisticsSourceSchema>): EmploymentSource {
  return {
    table: rest.table,
    title: rest.title,
    publisher: rest.publisher,
    referenceDate: reference_date,
    retrieved: rest.retrieved,
    licence: rest.licence,
    url: rest.url,
  };
}

export function cellFromRaw(raw: v.InferOutput<typeof rawCellSchema> | undefined): EmploymentCell | undefined {
  if (raw === undefined || raw === null) return undefined;
  return typeof raw === 'number' ? { value: raw } : { marker: raw };
}
