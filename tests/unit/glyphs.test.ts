import { readFileSync } from 'node:fs';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';

/** The code points in a MapLibre glyph file, and whether each has a picture. */
function glyphsIn(file: string): Map<number, boolean> {
  const found = new Map<number, boolean>();
  new PbfReader(readFileSync(file)).readFields((tag, _, stack) => {
    if (tag !== 1) return;
    stack.readMessage((t, __, s) => {
      if (t !== 3) return;
      const glyph = s.readMessage(
        (g, acc: { id: number; bitmap: boolean }, r) => {
          if (g === 1) acc.id = r.readVarint();
          else if (g === 2) {
            r.readBytes();
            acc.bitmap = true;
          }
        },
        { id: -1, bitmap: false },
      );
      found.set(glyph.id, glyph.bitmap);
    }, null);
  }, null);
  return found;
}

/** The letters of the given names that no shipped glyph file draws (MapLibre would leave a gap). */
function missingLetters(names: string[]): string[] {
  const glyphs = new Map([...glyphsIn('public/glyphs/atlas-label/0-255.pbf'), ...glyphsIn('public/glyphs/atlas-label/8192-8447.pbf')]);
  const missing = new Set<string>();
  for (const ch of names.join('')) if (ch !== ' ' && !glyphs.get(ch.codePointAt(0)!)) missing.add(ch);
  return [...missing];
}

describe('label glyphs', () => {
  it('have a picture for every letter of the 53 municipality names (else the label shows gaps)', () => {
    const geo = JSON.parse(readFileSync('geodata/ruhr-municipalities.geojson', 'utf8')) as { features: { properties: { name: string } }[] };
    expect(missingLetters(geo.features.map((f) => f.properties.name))).toEqual([]);
    expect(glyphsIn('public/glyphs/atlas-label/0-255.pbf').has(32)).toBe(true);
  });

  it('have a picture for every letter of the corridor names in both languages (the en dash too)', () => {
    const { corridors } = JSON.parse(readFileSync('geodata/corridors.json', 'utf8')) as {
      corridors: { name_de: string; name_en: string }[];
    };
    const names = corridors.flatMap((c) => [c.name_de, c.name_en]);
    expect(names.join('')).toContain('–');
    expect(missingLetters(names)).toEqual([]);
  });
});
