import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clampScene, sceneAfter } from '../../src/store/scene-steps';
import { actionForKey } from '../../src/story/navigation';
import { checkTranslations, validateStory, type StoryRefs } from '../../src/story/validate-story';

const read = (file: string): Record<string, unknown> => JSON.parse(readFileSync(file, 'utf8'));
const clusters = read('geodata/clusters.json') as { clusters: { id: string }[]; sources: Record<string, unknown> };
const corridors = (read('geodata/corridors.json') as { corridors: { id: string }[] }).corridors;
const institutions = (read('geodata/institutions.geojson') as { features: { properties: { id: string; ags: string } }[] }).features;
const refs: StoryRefs = {
  clusters: new Set(clusters.clusters.map((c) => c.id)),
  corridors: new Set(corridors.map((c) => c.id)),
  sources: new Set(Object.keys(clusters.sources)),
  ids: {
    municipality: new Set(institutions.map((i) => i.properties.ags).concat(['05112000'])),
    institution: new Set(institutions.map((i) => i.properties.id)),
    corridor: new Set(corridors.map((c) => c.id)),
    cluster: new Set(clusters.clusters.map((c) => c.id)),
  },
};
const de = () => read('src/story/ruhr-clusters.de.json');
const en = () => read('src/story/ruhr-clusters.en.json');

describe('the default story', () => {
  it('is valid in German and English and tells the same scenes', () => {
    const storyDe = validateStory('de', de(), refs);
    const storyEn = validateStory('en', en(), refs);
    expect(storyDe.scenes.length).toBeGreaterThanOrEqual(7);
    expect(() => checkTranslations(storyDe, storyEn)).not.toThrow();
    for (const s of storyDe.scenes) expect(s.sources.length, s.id).toBeGreaterThan(0);
  });

  it('names the scene and field of an error', () => {
    const broken = de() as { scenes: { camera: { zoom: number } }[] };
    broken.scenes[2]!.camera.zoom = 40;
    expect(() => validateStory('ruhr-clusters.de.json', broken, refs)).toThrow(
      /ruhr-clusters\.de\.json: Szene\/scene 3 \(achse-triangel\), camera\.zoom/,
    );
  });

  it('rejects a scene that shows a cluster that does not exist', () => {
    const broken = de() as { scenes: { clusters: string[] }[] };
    broken.scenes[0]!.clusters = ['kohle'];
    expect(() => validateStory('de', broken, refs)).toThrow(/Szene\/scene 1 \(montan\), clusters: unbekannt \/ unknown "kohle"/);
  });

  it('notices when the translations drift apart', () => {
    const storyDe = validateStory('de', de(), refs);
    const storyEn = validateStory('en', en(), refs);
    storyEn.scenes.reverse();
    expect(() => checkTranslations(storyDe, storyEn)).toThrow(/differ/);
  });
});

describe('presentation navigation', () => {
  it('clamps any scene number to the nearest scene', () => {
    expect(clampScene(-3, 7)).toBe(0);
    expect(clampScene(99, 7)).toBe(6);
    expect(clampScene(Number.NaN, 7)).toBe(0);
    expect(clampScene(2.6, 7)).toBe(3);
  });

  it('maps clicker and keyboard keys', () => {
    for (const k of ['ArrowRight', 'PageDown', ' ', 'Enter']) expect(actionForKey(k)).toBe('next');
    for (const k of ['ArrowLeft', 'PageUp']) expect(actionForKey(k)).toBe('previous');
    expect(actionForKey('b')).toBe('blank');
    expect(actionForKey('.')).toBe('blank');
    expect(actionForKey('F')).toBe('fullscreen');
    expect(actionForKey('Escape')).toBe('exit');
    expect(actionForKey('x')).toBeUndefined();
  });

  it('never steps past the first or last scene', () => {
    expect(sceneAfter('next', 6, 7)).toBe(6);
    expect(sceneAfter('previous', 0, 7)).toBe(0);
    expect(sceneAfter('last', 2, 7)).toBe(6);
    expect(sceneAfter('first', 5, 7)).toBe(0);
    expect(sceneAfter('blank', 3, 7)).toBe(3);
  });
});
