import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkReferences } from '../../src/data/check-references';
import { validateClusters } from '../../src/data/validate-clusters';
import { validateInstitutions } from '../../src/data/validate-institutions';
import { coordinateInText } from '../support/coordinate-in-text';
import { readGeodataFiles } from '../../tools/read-geodata';

const read = (file: string): unknown => JSON.parse(readFileSync(`geodata/${file}`, 'utf8'));
const { municipalities, institutions, clusters, corridors, population } = readGeodataFiles();
const agsKnown = new Set(municipalities.features.map((f) => f.properties.ags));

describe('geodata/institutions.geojson', () => {
  it('has at least 80 sourced institutions in every cluster and across the region', () => {
    expect(institutions.length).toBeGreaterThanOrEqual(80);
    for (const c of clusters.clusters)
      expect(
        institutions.some((i) => i.clusters.includes(c.id)),
        c.id,
      ).toBe(true);
    expect(new Set(institutions.map((i) => i.ags)).size).toBeGreaterThanOrEqual(20);
  });

  it('gives every row a source URL and the text read there', () => {
    for (const i of institutions) {
      expect(i.source.url, i.id).toMatch(/^https?:\/\//);
      expect(i.source.text.length, i.id).toBeGreaterThan(5);
    }
  });

  it('puts every point where its quoted source says, within 0.0015° (about 100 m)', () => {
    const off = institutions.flatMap((i) => {
      const quoted = coordinateInText(i.source.text);
      if (!quoted) return [`${i.id}: no coordinate in "${i.source.text.slice(0, 60)}"`];
      const [lon, lat] = i.position;
      return Math.abs(quoted[0] - lon) > 0.0015 || Math.abs(quoted[1] - lat) > 0.0015 ? [`${i.id}: ${i.position} vs ${quoted}`] : [];
    });
    expect(off).toEqual([]);
  });

  it('places every point inside its declared municipality', () => {
    const byAgs = new Map(municipalities.features.map((f) => [f.properties.ags, f]));
    const outside = institutions.filter((i) => !booleanPointInPolygon(i.position, byAgs.get(i.ags)!)).map((i) => i.id);
    expect(outside).toEqual([]);
  });
});

describe('cross-file references', () => {
  it('all resolve: clusters, AGS, sources, population for all 53', () => {
    expect(() => checkReferences({ agsKnown, institutions, clusters, corridors, population })).not.toThrow();
  });

  it('names the file and row of an unknown cluster', () => {
    const broken = [{ ...institutions[0]!, clusters: ['nope'] }];
    expect(() => checkReferences({ agsKnown, institutions: broken, clusters, corridors, population })).toThrow(
      /institutions\.geojson: features\.0 .*unbekannter Cluster/,
    );
  });

  it('names the corridor whose anchor is not an RVR municipality', () => {
    const c = { ...corridors, corridors: [{ ...corridors.corridors[0]!, anchorsAgs: ['05911000', '05315000'] }] };
    expect(() => checkReferences({ agsKnown, institutions, clusters, corridors: c, population })).toThrow(
      /corridors\.json: corridors\.0\.anchors_ags/,
    );
  });

  it('adds up the Zensus 2022 population of the region to about 5.1 million', () => {
    const total = population.rows.reduce((s, r) => s + r.population, 0);
    expect(total).toBe(5093721);
  });
});

describe('schema errors name file and field', () => {
  it('rejects an institution without a source', () => {
    const data = read('institutions.geojson') as { features: { properties: Record<string, unknown> }[] };
    data.features[3]!.properties.source = { url: '', text: 'x', audit: null };
    expect(() => validateInstitutions('institutions.geojson', data)).toThrow(/institutions\.geojson: features\.3\.properties\.source\.url/);
  });
  it('rejects a cluster with a colour that is no colour', () => {
    const data = read('clusters.json') as { clusters: Record<string, unknown>[] };
    data.clusters[1]!.color = 'blau';
    expect(() => validateClusters('clusters.json', data)).toThrow(/clusters\.json: clusters\.1\.color/);
  });
});
