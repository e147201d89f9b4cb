import { readGeodataFiles } from './read-geodata';
import { indexMunicipalities } from '../src/data/validate-municipalities';
import type { AtlasData } from '../src/domain/atlas-data';

/** The atlas data read from geodata/ in node (for tests and benchmarks), with the app's own validators. */
export function loadAtlasDataFromDisk(): AtlasData {
  const { municipalities, institutions, clusters, corridors, population } = readGeodataFiles();
  return {
    municipalities,
    byAgs: indexMunicipalities(municipalities),
    institutions,
    institutionsById: new Map(institutions.map((i) => [i.id, i])),
    clusters: clusters.clusters,
    clustersById: new Map(clusters.clusters.map((c) => [c.id, c])),
    events: clusters.events,
    sources: clusters.sources,
    corridors: corridors.corridors,
    corridorBandKm: corridors.bandKm,
    population: new Map(population.rows.map((r) => [r.ags, r.population])),
    populationSource: population.source,
    borders: { type: 'FeatureCollection', features: [] },
    context: { type: 'FeatureCollection', features: [] },
    bounds: [0, 0, 0, 0],
  } as AtlasData;
}
