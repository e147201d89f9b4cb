// Each scene shows what its card says: every actor the text names is a labelled place of that
// scene, drawn in that scene's clusters and year; and it says what is true today.
import type { Text } from '../../src/domain/text';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isOnMap } from '../../src/analysis/institution-status';
import type { Scene } from '../../src/domain/story';
import { readGeodataFiles } from '../../tools/read-geodata';

const { institutions, clusters, municipalities } = readGeodataFiles();
const towns = municipalities.features.map((f) => f.properties as { ags: string; name: string });
const byId = new Map(institutions.map((i) => [i.id, i]));
const stories = ['de', 'en'].map((lang) => ({
  lang,
  scenes: (JSON.parse(readFileSync(`src/story/ruhr-clusters.${lang}.json`, 'utf8')) as { scenes: Scene[] }).scenes,
}));

/** Names that mean an actor in a scene's text: its full names and its short forms. */
function namesOf(i: { name: Text; aliases: string[] }): string[] {
  return [i.name.de, i.name.en, ...i.aliases].filter((n) => n.length >= 3);
}
/**
 * A name as a whole word or words (so "HGI" does not match inside another word), also in the
 * German genitive ("des Horst-Görtz-Instituts").
 */
const mentions = (text: string, name: string) =>
  new RegExp(`(^|[^\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(e?s)?($|[^\\p{L}\\p{N}])`, 'u').test(text);

describe.each(stories)('the $lang story', ({ scenes }) => {
  it.each(scenes.map((s) => [s.id, s] as const))('%s labels every actor its text names', (_, scene) => {
    const text = `${scene.title} ${scene.text.join(' ')}`;
    const named = institutions.filter((i) => namesOf(i).some((n) => mentions(text, n)) && isOnMap(i, scene.year));
    expect(scene.places.filter((id) => named.some((i) => i.id === id)).sort(), 'labelled').toEqual(named.map((i) => i.id).sort());
  });

  it.each(scenes.map((s) => [s.id, s] as const))(
    '%s labels every town its text names, and frames the region when it speaks of it',
    (_, scene) => {
      const text = `${scene.title} ${scene.text.join(' ')}`;
      const named = towns.filter((t) => mentions(text, t.name)).map((t) => t.ags);
      expect(scene.places.filter((id) => /^\d{8}$/.test(id)).sort(), 'towns labelled').toEqual(named.sort());
      // "Ruhrgebiet", "die Region"; "the Ruhr", "the Ruhr's", "the region" (not "Life Technologies
      // Ruhr", not "Hy.Region.Rhein.Ruhr").
      const speaksOfRegion = /Ruhrgebiet|(?<!\.)\b[Rr]egion\b(?!\.)|\bthe Ruhr\b/.test(scene.text.join(' '));
      expect(scene.frame === 'region', 'frames the whole region').toBe(speaksOfRegion);
    },
  );

  it.each(scenes.map((s) => [s.id, s] as const))('%s draws every place it labels', (_, scene) => {
    for (const id of scene.places.filter((p) => !/^\d{8}$/.test(p))) {
      const inst = byId.get(id)!;
      expect(inst, id).toBeDefined();
      expect(
        inst.clusters.some((c) => scene.clusters.includes(c)),
        `${id} in a cluster the scene shows`,
      ).toBe(true);
      expect(isOnMap(inst, scene.year), `${id} exists in ${scene.year ?? 'today'}`).toBe(true);
    }
  });

  it('names no actor that is neither on the map nor in a cluster list', () => {
    // Organisations without a point are named in the text only when a cluster lists them.
    const listed = clusters.clusters.flatMap((c) => c.membersWithoutPoint);
    for (const scene of scenes) {
      const text = scene.text.join(' ');
      for (const w of listed) {
        if (namesOf(w).some((n) => mentions(text, n)))
          expect(scene.notes, `${scene.id}: say that ${w.id} has no point`).toMatch(/Punkt|point/);
      }
    }
  });
});

describe('what the story says is true today', () => {
  it('does not present the Hochschule für Gesundheit as it was before its merger', () => {
    const hsg = institutions.find((i) => i.aliases.includes('hsg'));
    expect(hsg?.ended?.kind, 'the merger is in the data').toBe('merged');
    for (const { scenes } of stories) {
      const today = scenes.filter((s) => s.year === null && /Hochschule für Gesundheit/.test(s.text.join(' ')));
      for (const s of today) expect(s.text.join(' '), s.id).toMatch(/Hochschule Bochum|Bochum University of Applied Sciences/);
    }
  });

  it('uses English an English audience would use', () => {
    const en = JSON.stringify(stories.find((s) => s.lang === 'en')!.scenes);
    for (const germanism of [/Montan/, /Strengthen strengths/i, /club evening/i, /experts discuss in/i]) expect(en).not.toMatch(germanism);
  });
});
