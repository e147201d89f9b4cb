// The data files of geodata/ read in node, each validated by the app's own validator (as the app
// reads them): for the build scripts in geodata/, the tests and the benchmarks.
import { readFileSync } from 'node:fs';
import { validateClusters } from '../src/data/validate-clusters';
import { validateCorridors } from '../src/data/validate-corridors';
import { validateInstitutions } from '../src/data/validate-institutions';
import { validateMunicipalities } from '../src/data/validate-municipalities';
import { validatePopulation } from '../src/data/validate-population';

const read = (file: string): unknown => JSON.parse(readFileSync(new URL(`../geodata/${file}`, import.meta.url), 'utf8'));

export function readGeodataFiles() {
  return {
    municipalities: validateMunicipalities('ruhr-municipalities.geojson', read('ruhr-municipalities.geojson')),
    institutions: validateInstitutions('institutions.geojson', read('institutions.geojson')),
    clusters: validateClusters('clusters.json', read('clusters.json')),
    corridors: validateCorridors('corridors.json', read('corridors.json')),
    population: validatePopulation('population-zensus2022.json', read('population-zensus2022.json')),
  };
}

/** The shipped derived file, as written by build-overlays.ts. */
export const readDerivedOverlays = (): unknown => read('derived-overlays.json');
