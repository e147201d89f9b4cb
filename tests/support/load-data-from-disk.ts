import { readFileSync } from 'node:fs';
import { validateClusters } from '../../src/data/validate-clusters';
import { validateCorridors } from '../../src/data/validate-corridors';
import { validateInstitutions } from '../../src/data/validate-institutions';
import { indexMunicipalities, validateMunicipalities } from '../../src/data/validate-municipalities';
import { validatePopulation } from '../../src/data/validate-population';
import type { AtlasData } from '../../src/domain/atlas-data';

/** The atlas data read from geodata/ in node (for benchmarks), with the app's own validators. */
export function loadAtlasDataFromDisk(): AtlasData {
  const read = (f: string): unknown => JSON.parse(readFileSync(`geodata/${f}`, 'utf8'));
  const municipalities = validateMunicipalities('m', read('ruhr-municipalities.geojson'));
  const institutions = validateInstitutions('i', read('institutions.geojson'));
  const clusters = validateClusters('c', read('clusters.json'));
  const corridors = validateCorridors('k', read('corridors.json'));
  const population = validatePopulation('p', read('population-zensus2022.json'));
  return {
    municipalities, byAgs: indexMunicipalities(municipalities), institutions,
    institutionsById: new Map(institutions.map((i) => [i.id, i])),
    clusters: clusters.clusters, clustersById: new Map(clusters.clusters.map((c) => [c.id, c])),
    events: clusters.events, sources: clusters.sources, corridors: corridors.corridors, corridorBandKm: corridors.band_km,
    population: new Map(population.rows.map((r) => [r.ags, r.population])), populationSource: population.source,
    borders: { type: 'FeatureCollection', features: [] }, context: { type: 'FeatureCollection', features: [] }, bounds: [0, 0, 0, 0],
  } as AtlasData;
}
