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
      const glyph = s.readMessage((g, acc: { id: number; bitmap: boolean }, r) => {
        if (g === 1) acc.id = r.readVarint();
        else if (g === 2) { r.readBytes(); acc.bitmap = true; }
      }, { id: -1, bitmap: false });
      found.set(glyph.id, glyph.bitmap);
    }, null);
  }, null);
  return found;
}

describe('label glyphs', () => {
  const glyphs = glyphsIn('public/glyphs/atlas-label/0-255.pbf');

  it('have a picture for every letter of the 53 municipality names (else the label shows gaps)', () => {
    const geo = JSON.parse(readFileSync('geodata/ruhr-municipalities.geojson', 'utf8')) as { features: { properties: { name: string } }[] };
    const missing = new Set<string>();
    for (const f of geo.features) {
      for (const ch of f.properties.name) {
        if (ch === ' ') continue;
        if (!glyphs.get(ch.codePointAt(0)!)) missing.add(ch);
      }
    }
    expect([...missing]).toEqual([]);
    expect(glyphs.has(32)).toBe(true);
  });
});
