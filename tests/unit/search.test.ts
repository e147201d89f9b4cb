import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/data/search-index';
import { searchEntries } from '../../src/data/search-entries';
import { validateInstitutions } from '../../src/data/validate-institutions';
import { indexMunicipalities, validateMunicipalities } from '../../src/data/validate-municipalities';
import { validateClusters } from '../../src/data/validate-clusters';
import { validateCorridors } from '../../src/data/validate-corridors';
import type { AtlasData } from '../../src/domain/atlas-data';
import { normalizeText } from '../../src/data/normalize-text';

const read = (file: string): unknown => JSON.parse(readFileSync(`geodata/${file}`, 'utf8'));
const municipalities = validateMunicipalities('m', read('ruhr-municipalities.geojson'));
const clusterFile = validateClusters('c', read('clusters.json'));
const data = {
  byAgs: indexMunicipalities(municipalities),
  institutions: validateInstitutions('i', read('institutions.geojson')),
  clusters: clusterFile.clusters,
  corridors: validateCorridors('k', read('corridors.json')).corridors,
} as unknown as AtlasData;
const index = buildSearchIndex(searchEntries(data));
const first = (q: string) => index.search(q)[0]?.entry;

describe('normalizeText', () => {
  it('folds umlauts, ß, hyphens and case', () => {
    expect(normalizeText('Mülheim an der Ruhr')).toBe('muelheim an der ruhr');
    expect(normalizeText('Fröndenberg/Ruhr')).toBe('froendenberg ruhr');
    expect(normalizeText('Straße')).toBe('strasse');
    expect(normalizeText('Castrop-Rauxel')).toBe('castrop rauxel');
  });
});

describe('search ranking', () => {
  it.each([
    ['Muelheim', 'Mülheim an der Ruhr'],
    ['mülheim', 'Mülheim an der Ruhr'],
    ['Gelsenkirchn', 'Gelsenkirchen'],
    ['castrop rauxel', 'Castrop-Rauxel'],
    ['CastropRauxel', 'Castrop-Rauxel'],
    ['froendenberg', 'Fröndenberg/Ruhr'],
    ['Bochum', 'Bochum'],
    ['Essen', 'Essen'],
    ['Hamm', 'Hamm'],
  ])('"%s" finds %s first', (query, label) => {
    expect(first(query)?.label.de).toBe(label);
  });

  it('finds the Bergmannsheil by one word in any case', () => {
    expect(first('bergmannsheil')?.label.de).toMatch(/Bergmannsheil/);
  });

  it('finds institutions, clusters and corridors', () => {
    expect(index.search('Zollverein').some((h) => h.entry.label.de === 'Zeche Zollverein')).toBe(true);
    expect(first('IT-Sicherheit')).toMatchObject({ kind: 'cluster', id: 'itsec' });
    expect(first('biomed')).toMatchObject({ kind: 'corridor', id: 'biomed-triangle' });
    expect(first('hydrogen')).toMatchObject({ kind: 'cluster', id: 'hydrogen' });
  });

  it('finds a Kreis by its name, and the town before the Kreis named after it', () => {
    expect(first('Ennepe')).toMatchObject({ kind: 'kreis', id: '05954', label: { de: 'Ennepe-Ruhr-Kreis' }, detail: { de: '9' } });
    expect(first('Kreis Recklinghausen')).toMatchObject({ kind: 'kreis', id: '05562' });
    expect(first('Recklinghausen')).toMatchObject({ kind: 'municipality', label: { de: 'Recklinghausen' } });
    expect(
      index
        .search('Unna')
        .slice(0, 2)
        .map((h) => h.entry.kind),
    ).toEqual(['municipality', 'kreis']);
  });

  it('returns nothing for nonsense and for an empty query', () => {
    expect(index.search('qqqxxyz')).toEqual([]);
    expect(index.search('   ')).toEqual([]);
  });

  it('survives hostile input', () => {
    expect(() => index.search('<script>alert(1)</script>')).not.toThrow();
    expect(() => index.search('('.repeat(10_000))).not.toThrow();
  });
});

describe('the actors the source documents name', () => {
  it('are found by their usual short forms', () => {
    const hit = (q: string) => index.search(q).map((h) => h.entry.key);
    expect(hit('MPI-SP')[0]).toBe('i:max-planck-institut-fur-sicherheit-und-privatsphare');
    expect(hit('HGI')[0]).toBe('i:horst-gortz-institut-fur-it-sicherheit-hgi');
    expect(hit('hsg')[0]).toBe('i:hochschule-fuer-gesundheit-bochum');
    expect(hit('Gesundheitscampus')).toContain('i:gesundheitscampus-nrw');
    // Without a point on the map: the hit opens the cluster that lists them.
    expect(hit('LTR')[0]).toBe('w:health:life-technologies-ruhr');
    expect(hit('TIW')[0]).toBe('w:hydrogen:trhy-the-hydrogen-proving-area');
    expect(hit('TIZ')[0]).toBe('w:hydrogen:trhy-the-hydrogen-proving-area');
    expect(hit('Hy.Region.Rhein.Ruhr')[0]).toBe('w:hydrogen:hy-region-rhein-ruhr');
    expect(first('Horst-Görtz-Institut')?.id).toBe('horst-gortz-institut-fur-it-sicherheit-hgi');
    expect(first('Max-Planck-Institut für Sicherheit und Privatsphäre')?.id).toBe('max-planck-institut-fur-sicherheit-und-privatsphare');
  });
});
