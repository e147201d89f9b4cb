import { readFileSync } from 'node:fs';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { validateAreas, validateBorders } from '../../src/data/validate-areas';
import { indexMunicipalities, validateMunicipalities } from '../../src/data/validate-municipalities';
import type { AreaGeometry } from '../../src/domain/municipality';
import { RVR_MEMBERS } from './rvr-members';

const read = (file: string): unknown => JSON.parse(readFileSync(`geodata/${file}`, 'utf8'));
const municipalities = validateMunicipalities('ruhr-municipalities.geojson', read('ruhr-municipalities.geojson'));
const byAgs = indexMunicipalities(municipalities);

function vertices(geometry: AreaGeometry): Position[] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flat(2) as unknown as Position[];
}

describe('geodata/ruhr-municipalities.geojson', () => {
  it('holds exactly the 53 RVR members with their names', () => {
    expect(municipalities.features).toHaveLength(53);
    expect(Object.fromEntries([...byAgs].map(([ags, m]) => [ags, m.name]))).toEqual(RVR_MEMBERS);
  });

  it('has 11 kreisfreie Städte and the right number per Kreis', () => {
    const count = (kreis: string) => [...byAgs.values()].filter((m) => m.kreis === kreis).length;
    expect([...byAgs.values()].filter((m) => m.kreisfrei)).toHaveLength(11);
    expect(count('Kreis Wesel')).toBe(13);
    expect(count('Kreis Recklinghausen')).toBe(10);
    expect(count('Ennepe-Ruhr-Kreis')).toBe(9);
    expect(count('Kreis Unna')).toBe(10);
  });

  it('adds up to the RVR area of 4,435 km² within 1 %', () => {
    const total = [...byAgs.values()].reduce((sum, m) => sum + m.areaKm2, 0);
    expect(Math.abs(total - 4435) / 4435).toBeLessThan(0.01);
  });

  it('gives every municipality a shared border with a neighbour (no gaps from simplification)', () => {
    const owners = new Map<string, Set<string>>();
    for (const f of municipalities.features) {
      for (const [x, y] of vertices(f.geometry)) {
        const key = `${x},${y}`;
        if (!owners.has(key)) owners.set(key, new Set());
        owners.get(key)!.add(f.properties.ags);
      }
    }
    for (const f of municipalities.features) {
      const shared = vertices(f.geometry).filter(([x, y]) => owners.get(`${x},${y}`)!.size > 1);
      expect(shared.length, f.properties.name).toBeGreaterThan(5);
    }
  });

  it('places every label point inside the Ruhr bounding box', () => {
    for (const m of byAgs.values()) {
      const [lon, lat] = m.labelPoint;
      expect(lon).toBeGreaterThan(6.2);
      expect(lon).toBeLessThan(8.1);
      expect(lat).toBeGreaterThan(51.1);
      expect(lat).toBeLessThan(51.9);
    }
  });
});

describe('geodata/ruhr-borders.geojson', () => {
  const borders = validateBorders('ruhr-borders.geojson', read('ruhr-borders.geojson'));
  const lineVertices = (level: string) =>
    new Set(
      borders.features
        .filter((f) => f.properties.level === level)
        .flatMap((f) => (f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates))
        .flat()
        .map(([x, y]) => `${x},${y}`),
    );

  it('has the outline and Kreis borders', () => {
    expect(lineVertices('outline').size).toBeGreaterThan(500);
    expect(lineVertices('kreis').size).toBeGreaterThan(500);
  });

  it('leaves no gap or sliver: every municipality vertex is on the outline or shared with a neighbour', () => {
    const outline = lineVertices('outline');
    const count = new Map<string, number>();
    for (const f of municipalities.features) {
      for (const key of new Set(vertices(f.geometry).map(([x, y]) => `${x},${y}`))) count.set(key, (count.get(key) ?? 0) + 1);
    }
    const loose = [...count].filter(([key, n]) => n === 1 && !outline.has(key));
    expect(loose).toEqual([]);
  });

  it('puts every Kreis border on municipality borders', () => {
    const all = new Set(municipalities.features.flatMap((f) => vertices(f.geometry).map(([x, y]) => `${x},${y}`)));
    for (const key of lineVertices('kreis')) expect(all.has(key)).toBe(true);
  });
});

describe('geodata/nrw-context.geojson', () => {
  it('is a valid backdrop of named Kreise', () => {
    const context = validateAreas('nrw-context.geojson', read('nrw-context.geojson'));
    expect(context.features.length).toBeGreaterThan(20);
  });
});
