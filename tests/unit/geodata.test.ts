import { readFileSync } from 'node:fs';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { validateAreas } from '../../src/data/validate-areas';
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

describe('region outline and Kreise', () => {
  it('has one outline without holes: the municipalities tile the region with no slivers', () => {
    const outline = validateAreas('ruhr-outline.geojson', read('ruhr-outline.geojson'));
    expect(outline.features).toHaveLength(1);
    const geometry = outline.features[0]!.geometry;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const rings of polygons) expect(rings).toHaveLength(1);
  });

  it('has the 15 Kreise and kreisfreie Städte of the region', () => {
    const kreise = validateAreas('ruhr-kreise.geojson', read('ruhr-kreise.geojson'));
    expect(kreise.features.map((f) => f.properties.name).sort()).toEqual([
      'Bochum', 'Bottrop', 'Dortmund', 'Duisburg', 'Ennepe-Ruhr-Kreis', 'Essen', 'Gelsenkirchen', 'Hagen',
      'Hamm', 'Herne', 'Kreis Recklinghausen', 'Kreis Unna', 'Kreis Wesel', 'Mülheim an der Ruhr', 'Oberhausen',
    ]);
  });
});
