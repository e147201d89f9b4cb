import * as v from 'valibot';
import { CATEGORIES, type Institution } from '../domain/institution';
import { GeodataError } from './geodata-error';
import { agsSchema, httpUrl, nonEmpty, parseWithSchema } from './parse-with-schema';

const schema = v.object({
  type: v.literal('FeatureCollection'),
  features: v.array(v.object({
    type: v.literal('Feature'),
    geometry: v.object({
      type: v.literal('Point'),
      coordinates: v.tuple([
        v.pipe(v.number(), v.minValue(5.5), v.maxValue(9)),
        v.pipe(v.number(), v.minValue(50.8), v.maxValue(52.2)),
      ]),
    }),
    properties: v.object({
      id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'Id aus a-z, 0-9, - / id of a-z, 0-9, -')),
      name: nonEmpty,
      name_en: nonEmpty,
      category: v.picklist(CATEGORIES, `Kategorie unbekannt / unknown category (${CATEGORIES.join(', ')})`),
      clusters: v.pipe(v.array(nonEmpty), v.minLength(1, 'kein Cluster / no cluster')),
      ags: agsSchema,
      founded: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1000), v.maxValue(2100))),
      founded_source: v.nullable(httpUrl),
      url: v.nullable(httpUrl),
      source: httpUrl,
      source_text: nonEmpty,
      desc_de: nonEmpty,
      desc_en: nonEmpty,
    }),
  })),
});

/** Validates institutions.geojson and returns flat records; ids must be unique. */
export function validateInstitutions(file: string, data: unknown): Institution[] {
  const parsed = parseWithSchema(file, schema, data);
  const seen = new Set<string>();
  return parsed.features.map((f, i) => {
    if (seen.has(f.properties.id)) throw new GeodataError(file, `features.${i}.properties.id: doppelt / duplicate "${f.properties.id}"`);
    seen.add(f.properties.id);
    return { ...f.properties, position: f.geometry.coordinates };
  });
}
