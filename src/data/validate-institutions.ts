import * as v from 'valibot';
import { CATEGORIES, PRECISIONS, type Institution } from '../domain/institution';
import { GeodataError } from './geodata-error';
import { agsSchema, citedSchema, httpUrl, nonEmpty, parseWithSchema } from './parse-with-schema';

const year = v.pipe(v.number(), v.integer(), v.minValue(1000), v.maxValue(2100));

const schema = v.object({
  type: v.literal('FeatureCollection'),
  features: v.array(
    v.object({
      type: v.literal('Feature'),
      geometry: v.object({
        type: v.literal('Point'),
        coordinates: v.tuple([v.pipe(v.number(), v.minValue(5.5), v.maxValue(9)), v.pipe(v.number(), v.minValue(50.8), v.maxValue(52.2))]),
      }),
      properties: v.object({
        id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'Id aus a-z, 0-9, - / id of a-z, 0-9, -')),
        name: nonEmpty,
        name_en: nonEmpty,
        aliases: v.array(nonEmpty),
        category: v.picklist(CATEGORIES, `Kategorie unbekannt / unknown category (${CATEGORIES.join(', ')})`),
        clusters: v.pipe(v.array(nonEmpty), v.minLength(1, 'kein Cluster / no cluster')),
        ags: agsSchema,
        precision: v.picklist(PRECISIONS, `Genauigkeit unbekannt / unknown precision (${PRECISIONS.join(', ')})`),
        source: citedSchema,
        site: v.nullable(v.object({ name: nonEmpty, located: citedSchema })),
        seat: v.boolean(),
        founded: v.nullable(year),
        founded_source: v.nullable(citedSchema),
        ended: v.nullable(
          v.object({
            year,
            kind: v.picklist(['closed', 'merged', 'renamed']),
            into_de: nonEmpty,
            into_en: nonEmpty,
            into_id: v.nullable(nonEmpty),
            source: citedSchema,
          }),
        ),
        url: v.nullable(httpUrl),
        desc_de: nonEmpty,
        desc_en: nonEmpty,
        facts: v.array(v.object({ de: nonEmpty, en: nonEmpty, source: citedSchema })),
        second_source: v.nullable(citedSchema),
      }),
    }),
  ),
});

/**
 * Validates institutions.geojson and returns the app's records (camelCase, bilingual text as
 * `Text`): ids unique, a site for every point not
 * read as an exact coordinate, a source for every year, and an ending that points at a known row.
 */
export function validateInstitutions(file: string, data: unknown): Institution[] {
  const parsed = parseWithSchema(file, schema, data);
  const ids = new Set<string>();
  const rows = parsed.features.map((f, i) => {
    const p = f.properties;
    const at = `features.${i}.properties`;
    if (ids.has(p.id)) throw new GeodataError(file, `${at}.id: doppelt / duplicate "${p.id}"`);
    ids.add(p.id);
    if ((p.precision === 'exact') !== (p.site === null)) {
      throw new GeodataError(
        file,
        `${at}.site: nur und immer bei Genauigkeit site/street / only and always with precision site/street (${p.id})`,
      );
    }
    if ((p.founded === null) !== (p.founded_source === null)) {
      throw new GeodataError(file, `${at}.founded_source: Jahr ohne Quelle / year without source (${p.id})`);
    }
    if (p.ended && p.founded !== null && p.ended.year < p.founded) {
      throw new GeodataError(file, `${at}.ended.year: vor der Gründung / before the founding (${p.id})`);
    }
    const institution: Institution = {
      id: p.id,
      name: { de: p.name, en: p.name_en },
      aliases: p.aliases,
      category: p.category,
      clusters: p.clusters,
      ags: p.ags,
      precision: p.precision,
      source: p.source,
      site: p.site,
      seat: p.seat,
      founded: p.founded,
      foundedSource: p.founded_source,
      ended: p.ended && {
        year: p.ended.year,
        kind: p.ended.kind,
        into: { de: p.ended.into_de, en: p.ended.into_en },
        intoId: p.ended.into_id,
        source: p.ended.source,
      },
      url: p.url,
      description: { de: p.desc_de, en: p.desc_en },
      facts: p.facts.map((f) => ({ text: { de: f.de, en: f.en }, source: f.source })),
      secondSource: p.second_source,
      position: f.geometry.coordinates,
    };
    return institution;
  });
  rows.forEach((r, i) => {
    const into = r.ended?.intoId;
    if (into != null && !ids.has(into))
      throw new GeodataError(file, `features.${i}.properties.ended.into_id: unbekannt / unknown "${into}"`);
  });
  return rows;
}
