import * as v from 'valibot';
import type { ClusterFile, Fact } from '../domain/cluster';
import type { Text } from '../domain/text';
import { GeodataError } from './geodata-error';
import { agsSchema, citedSchema, nonEmpty, parseWithSchema } from './parse-with-schema';

const fact = v.object({ de: nonEmpty, en: nonEmpty, value: v.optional(v.number()), source: nonEmpty });

const memberWithoutPoint = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'Id aus a-z, 0-9, - / id of a-z, 0-9, -')),
  name: nonEmpty,
  name_en: nonEmpty,
  aliases: v.array(nonEmpty),
  seat_town: v.nullable(nonEmpty),
  founded: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1000), v.maxValue(2100))),
  desc_de: nonEmpty,
  desc_en: nonEmpty,
  source: citedSchema,
  founded_source: v.nullable(citedSchema),
});

const schema = v.object({
  sources: v.record(
    v.string(),
    v.object({
      title: nonEmpty,
      publisher: nonEmpty,
      date: nonEmpty,
      file: v.optional(v.string()),
      url: v.optional(v.string()),
    }),
  ),
  events: v.array(
    v.object({
      id: nonEmpty,
      date: nonEmpty,
      place_ags: agsSchema,
      name_de: nonEmpty,
      name_en: nonEmpty,
      facts: v.array(fact),
    }),
  ),
  clusters: v.pipe(
    v.array(
      v.object({
        id: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/, 'Id aus a-z, 0-9, - / id of a-z, 0-9, -')),
        name_de: nonEmpty,
        name_en: nonEmpty,
        color: v.pipe(v.string(), v.hexColor('keine Farbe / not a colour')),
        focus_ags: v.array(agsSchema),
        context: v.optional(v.boolean()),
        short_de: v.optional(nonEmpty),
        short_en: v.optional(nonEmpty),
        description_de: nonEmpty,
        description_en: nonEmpty,
        facts: v.array(fact),
        focus_sources: v.array(nonEmpty),
        members_without_point: v.array(memberWithoutPoint),
        employment_proxy: v.object({ sections: v.pipe(v.array(nonEmpty), v.minLength(1)), note_de: nonEmpty, note_en: nonEmpty }),
      }),
    ),
    v.minLength(1),
  ),
});

type Parsed = v.InferOutput<typeof schema>;
const text = (de: string, en: string): Text => ({ de, en });
const factOf = (f: v.InferOutput<typeof fact>): Fact => ({ text: text(f.de, f.en), value: f.value, source: f.source });

/** The app's shape of the file (camelCase, bilingual text as `Text`). */
function toClusterFile(p: Parsed): ClusterFile {
  return {
    sources: p.sources,
    events: p.events.map((e) => ({
      id: e.id,
      date: e.date,
      placeAgs: e.place_ags,
      name: text(e.name_de, e.name_en),
      facts: e.facts.map(factOf),
    })),
    clusters: p.clusters.map((c) => ({
      id: c.id,
      name: text(c.name_de, c.name_en),
      color: c.color,
      focusAgs: c.focus_ags,
      context: c.context,
      short: c.short_de && c.short_en ? text(c.short_de, c.short_en) : undefined,
      description: text(c.description_de, c.description_en),
      facts: c.facts.map(factOf),
      focusSources: c.focus_sources,
      membersWithoutPoint: c.members_without_point.map((m) => ({
        id: m.id,
        name: text(m.name, m.name_en),
        aliases: m.aliases,
        seatTown: m.seat_town,
        founded: m.founded,
        description: text(m.desc_de, m.desc_en),
        source: m.source,
        foundedSource: m.founded_source,
      })),
      employmentProxy: { sections: c.employment_proxy.sections, note: text(c.employment_proxy.note_de, c.employment_proxy.note_en) },
    })),
  };
}

/** Validates clusters.json: schema, and every fact's source is one of the file's sources. */
export function validateClusters(file: string, data: unknown): ClusterFile {
  const parsed = parseWithSchema(file, schema, data);
  const known = new Set(Object.keys(parsed.sources));
  parsed.clusters.forEach((c, i) => {
    for (const s of [...c.facts.map((f) => f.source), ...c.focus_sources]) {
      if (!known.has(s)) throw new GeodataError(file, `clusters.${i}: unbekannte Quelle / unknown source "${s}"`);
    }
  });
  return toClusterFile(parsed);
}
