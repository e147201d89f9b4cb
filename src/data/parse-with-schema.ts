import * as v from 'valibot';
import { GeodataError } from './geodata-error';

/** Parses a file's JSON against a schema; the error names the file and the path of the first bad field. */
export function parseWithSchema<S extends v.GenericSchema>(file: string, schema: S, data: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, data);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = v.getDotPath(issue) ?? '(root)';
  throw new GeodataError(file, `${path}: ${issue.message}`);
}

export const agsSchema = v.pipe(v.string(), v.regex(/^05\d{6}$/, 'kein AGS in NRW / not an NRW AGS'));
export const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'leer / empty'));
export const httpUrl = v.pipe(v.string(), v.url(), v.startsWith('http', 'keine http(s)-URL / not an http(s) URL'));

/** A page and the words read there; `audit`: the stored copy actually read (never shown). */
export const citedSchema = v.object({ url: httpUrl, text: nonEmpty, audit: v.nullable(httpUrl) });
