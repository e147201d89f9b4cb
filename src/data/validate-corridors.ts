import * as v from 'valibot';
import type { CorridorFile } from '../domain/corridor';
import { agsSchema, nonEmpty, parseWithSchema } from './parse-with-schema';

const schema = v.object({
  corridors: v.array(
    v.object({
      id: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/)),
      name_de: nonEmpty,
      name_en: nonEmpty,
      anchors_ags: v.pipe(v.array(agsSchema), v.minLength(2, 'mindestens zwei Orte / at least two places')),
      closed: v.boolean(),
      clusters: v.array(nonEmpty),
      year: v.pipe(v.number(), v.integer(), v.minValue(1800), v.maxValue(2100)),
      description_de: nonEmpty,
      description_en: nonEmpty,
      sources: v.pipe(v.array(nonEmpty), v.minLength(1, 'ohne Quelle / no source')),
      label_at: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
    }),
  ),
  band_km: v.pipe(v.number(), v.minValue(0.1), v.maxValue(50)),
  band_note: nonEmpty,
});

/** Validates corridors.json and gives it the app's shape (camelCase, bilingual text as `Text`). */
export function validateCorridors(file: string, data: unknown): CorridorFile {
  const p = parseWithSchema(file, schema, data);
  return {
    corridors: p.corridors.map((c) => ({
      id: c.id,
      name: { de: c.name_de, en: c.name_en },
      anchorsAgs: c.anchors_ags,
      closed: c.closed,
      clusters: c.clusters,
      year: c.year,
      description: { de: c.description_de, en: c.description_en },
      sources: c.sources,
      labelAt: c.label_at,
    })),
    bandKm: p.band_km,
    bandNote: p.band_note,
  };
}
