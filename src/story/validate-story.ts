import * as v from 'valibot';
import type { Story } from '../domain/story';

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'leer / empty'));

const sceneSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'Id aus a-z, 0-9, - / id of a-z, 0-9, -')),
  title: nonEmpty,
  text: v.pipe(v.array(nonEmpty), v.minLength(1, 'kein Text / no text'), v.maxLength(4, 'höchstens 4 Zeilen / at most 4 lines')),
  notes: v.string(),
  camera: v.object({
    center: v.tuple([v.pipe(v.number(), v.minValue(5), v.maxValue(9.5)), v.pipe(v.number(), v.minValue(50.5), v.maxValue(52.5))]),
    zoom: v.pipe(v.number(), v.minValue(6), v.maxValue(16)),
    bearing: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
    pitch: v.pipe(v.number(), v.minValue(0), v.maxValue(60)),
  }),
  clusters: v.array(nonEmpty),
  corridors: v.array(nonEmpty),
  highlight: v.optional(v.object({ kind: v.picklist(['municipality', 'institution', 'corridor', 'cluster']), id: nonEmpty })),
  places: v.array(nonEmpty),
  frame: v.optional(v.picklist(['region'])),
  year: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1800), v.maxValue(2100))),
  sources: v.pipe(v.array(nonEmpty), v.minLength(1, 'ohne Quelle / no source')),
});

const storySchema = v.object({ title: nonEmpty, scenes: v.pipe(v.array(sceneSchema), v.minLength(1, 'keine Szene / no scene')) });

/** Known ids a story may refer to. */
export interface StoryRefs {
  clusters: ReadonlySet<string>;
  corridors: ReadonlySet<string>;
  sources: ReadonlySet<string>;
  ids: { municipality: ReadonlySet<string>; institution: ReadonlySet<string>; corridor: ReadonlySet<string>; cluster: ReadonlySet<string> };
}

/** A story that failed validation; the message names the file, the scene and the field. */
class StoryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoryError';
  }
}

/**
 * Validates a story file: its schema, then every cluster, corridor, highlight and source it names.
 * Errors read like "ruhr-clusters.de.json: Szene/scene 3 (duisburg), camera.zoom: …".
 */
export function validateStory(file: string, data: unknown, refs: StoryRefs): Story {
  const result = v.safeParse(storySchema, data);
  if (!result.success) {
    const issue = result.issues[0];
    const path = (issue.path ?? []).map((p) => String(p.key));
    const sceneAt = path[0] === 'scenes' ? Number(path[1]) : NaN;
    if (Number.isInteger(sceneAt)) {
      const id = (data as { scenes?: { id?: unknown }[] }).scenes?.[sceneAt]?.id;
      throw new StoryError(
        `${file}: Szene/scene ${sceneAt + 1}${typeof id === 'string' ? ` (${id})` : ''}, ${path.slice(2).join('.')}: ${issue.message}`,
      );
    }
    throw new StoryError(`${file}: ${path.join('.') || '(root)'}: ${issue.message}`);
  }
  const story = result.output as Story;
  story.scenes.forEach((s, i) => {
    const where = `${file}: Szene/scene ${i + 1} (${s.id})`;
    for (const c of s.clusters) if (!refs.clusters.has(c)) throw new StoryError(`${where}, clusters: unbekannt / unknown "${c}"`);
    for (const c of s.corridors) if (!refs.corridors.has(c)) throw new StoryError(`${where}, corridors: unbekannt / unknown "${c}"`);
    for (const src of s.sources) if (!refs.sources.has(src)) throw new StoryError(`${where}, sources: unbekannt / unknown "${src}"`);
    for (const p of s.places) {
      if (!refs.ids.institution.has(p) && !refs.ids.municipality.has(p))
        throw new StoryError(`${where}, places: weder Einrichtung noch Gemeinde / neither institution nor municipality "${p}"`);
    }
    // The schema admits only the kinds in refs.ids (a scene highlights no Kreis).
    if (s.highlight && !refs.ids[s.highlight.kind as keyof StoryRefs['ids']].has(s.highlight.id)) {
      throw new StoryError(`${where}, highlight: unbekannt / unknown ${s.highlight.kind} "${s.highlight.id}"`);
    }
  });
  return story;
}

/** The German and English story must tell the same scenes in the same order. */
export function checkTranslations(de: Story, en: Story): void {
  const a = de.scenes.map((s) => s.id).join(',');
  const b = en.scenes.map((s) => s.id).join(',');
  if (a !== b) throw new StoryError(`Szenen von Deutsch und Englisch weichen ab / German and English scenes differ: ${a} ≠ ${b}`);
}
