import { readFileSync } from 'node:fs';
import { validateClusters } from '../../src/data/validate-clusters';
import { validateCorridors } from '../../src/data/validate-corridors';
import { validateInstitutions } from '../../src/data/validate-institutions';
import { indexMunicipalities, validateMunicipalities } from '../../src/data/validate-municipalities';
import { validatePopulation } from '../../src/data/validate-population';
import type { AtlasData } from '../../src/domain/atlas-data';

/** The data files in geodata/, each validated by the app's own validator (as the app reads them). */
export function readGeodataFiles() {
  const read = (f: string): unknown => JSON.parse(readFileSync(`geodata/${f}`, 'utf8'));
  return {
    municipalities: validateMunicipalities('ruhr-municipalities.geojson', read('ruhr-municipalities.geojson')),
    institutions: validateInstitutions('institutions.geojson', read('institutions.geojson')),
    clusters: validateClusters('clusters.json', read('clusters.json')),
    corridors: validateCorridors('corridors.json', read('corridors.json')),
    population: validatePopulation('population-zensus2022.json', read('population-zensus2022.json')),
  };
}

/** The atlas data read from geodata/ in node (for tests and benchmarks), with the app's own validators. */
export function loadAtlasDataFromDisk(): AtlasData {
  const { municipalities, institutions, clusters, corridors, population } = readGeodataFiles();
  return {
    municipalities, byAgs: indexMunicipalities(municipalities), institutions,
    institutionsById: new Map(institutions.map((i) => [i.id, i])),
    clusters: clusters.clusters, clustersById: new Map(clusters.clusters.map((c) => [c.id, c])),
    events: clusters.events, sources: clusters.sources, corridors: corridors.corridors, corridorBandKm: corridors.band_km,
    population: new Map(population.rows.map((r) => [r.ags, r.population])), populationSource: population.source,
    borders: { type: 'FeatureCollection', features: [] }, context: { type: 'FeatureCollection', features: [] }, bounds: [0, 0, 0, 0],
  } as AtlasData;
}
