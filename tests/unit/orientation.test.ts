// The orientation lines are real lines with a recorded source, inside the map's area.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const lines = JSON.parse(readFileSync('geodata/orientation.geojson', 'utf8')) as GeoJSON.FeatureCollection<
  GeoJSON.LineString | GeoJSON.MultiLineString,
  { kind: string; name: string | null; source: string }
>;
const sources = JSON.parse(readFileSync('geodata/orientation-sources.json', 'utf8')) as Record<
  string,
  { original_publication_url: string; licence: string; attribution_text: string; audit: object }
>;

describe('orientation lines', () => {
  it('come from a recorded source each, with its licence and the copy read', () => {
    for (const f of lines.features) {
      const s = sources[f.properties.source];
      expect(s, f.properties.source).toBeDefined();
      expect(s!.original_publication_url).toMatch(/^https:\/\//);
      expect(s!.licence.length).toBeGreaterThan(5);
      expect(Object.keys(s!.audit).length).toBeGreaterThan(0);
    }
  });

  it('hold the Rhine, the Ruhr, the Lippe, a canal and the main railway lines, all in the region', () => {
    const names = lines.features
      .filter((f) => f.properties.kind === 'river')
      .map((f) => f.properties.name)
      .sort();
    expect(names).toEqual(['Lippe', 'Rhein', 'Ruhr']);
    expect(lines.features.filter((f) => f.properties.kind === 'canal').length).toBeGreaterThan(0);
    expect(lines.features.filter((f) => f.properties.kind === 'rail').length).toBeGreaterThan(50);
    for (const f of lines.features) {
      const points = f.geometry.type === 'LineString' ? f.geometry.coordinates : f.geometry.coordinates.flat();
      for (const [lon, lat] of points) {
        expect(lon).toBeGreaterThanOrEqual(6.35);
        expect(lon).toBeLessThanOrEqual(8.15);
        expect(lat).toBeGreaterThanOrEqual(51.15);
        expect(lat).toBeLessThanOrEqual(51.95);
      }
    }
  });

  it('are credited on the map', () => {
    const de = readFileSync('src/i18n/strings-de.ts', 'utf8');
    for (const credit of ['Natural Earth', 'GSHHG', 'DB Netz AG, CC BY 4.0']) expect(de).toContain(credit);
  });
});
