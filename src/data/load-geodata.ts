import municipalitiesUrl from '../../geodata/ruhr-municipalities.geojson?url';
import bordersUrl from '../../geodata/ruhr-borders.geojson?url';
import contextUrl from '../../geodata/nrw-context.geojson?url';
import institutionsUrl from '../../geodata/institutions.geojson?url';
import clustersUrl from '../../geodata/clusters.json?url';
import corridorsUrl from '../../geodata/corridors.json?url';
import populationUrl from '../../geodata/population-zensus2022.json?url';
import turfBbox from '@turf/bbox';
import type { AtlasData } from '../domain/atlas-data';
import { checkReferences } from './check-references';
import { fetchJson } from './fetch-json';
import { validateAreas, validateBorders } from './validate-areas';
import { validateClusters } from './validate-clusters';
import { validateCorridors } from './validate-corridors';
import { validateInstitutions } from './validate-institutions';
import { indexMunicipalities, validateMunicipalities } from './validate-municipalities';
import { validatePopulation } from './validate-population';

/** Loads the same-origin data files in parallel, validates each and checks them against each other. */
export async function loadAtlasData(): Promise<AtlasData> {
  const [m, b, c, i, k, r, p] = await Promise.all([
    fetchJson('ruhr-municipalities.geojson', municipalitiesUrl),
    fetchJson('ruhr-borders.geojson', bordersUrl),
    fetchJson('nrw-context.geojson', contextUrl),
    fetchJson('institutions.geojson', institutionsUrl),
    fetchJson('clusters.json', clustersUrl),
    fetchJson('corridors.json', corridorsUrl),
    fetchJson('population-zensus2022.json', populationUrl),
  ]);
  const municipalities = validateMunicipalities('ruhr-municipalities.geojson', m);
  const byAgs = indexMunicipalities(municipalities);
  const institutions = validateInstitutions('institutions.geojson', i);
  const clusters = validateClusters('clusters.json', k);
  const corridors = validateCorridors('corridors.json', r);
  const population = validatePopulation('population-zensus2022.json', p);
  checkReferences({ agsKnown: new Set(byAgs.keys()), institutions, clusters, corridors, population });
  return {
    municipalities,
    borders: validateBorders('ruhr-borders.geojson', b),
    context: validateAreas('nrw-context.geojson', c),
    bounds: turfBbox(municipalities) as [number, number, number, number],
    byAgs,
    institutions,
    institutionsById: new Map(institutions.map((x) => [x.id, x])),
    clusters: clusters.clusters,
    clustersById: new Map(clusters.clusters.map((x) => [x.id, x])),
    events: clusters.events,
    sources: clusters.sources,
    corridors: corridors.corridors,
    corridorBandKm: corridors.bandKm,
    population: new Map(population.rows.map((row) => [row.ags, row.population])),
    populationSource: population.source,
  };
}
