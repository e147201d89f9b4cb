import municipalitiesUrl from '../../geodata/ruhr-municipalities.geojson?url';
import bordersUrl from '../../geodata/ruhr-borders.geojson?url';
import contextUrl from '../../geodata/nrw-context.geojson?url';
import turfBbox from '@turf/bbox';
import type { BaseGeodata } from '../domain/municipality';
import { GeodataError } from './geodata-error';
import { validateAreas, validateBorders } from './validate-areas';
import { indexMunicipalities, validateMunicipalities } from './validate-municipalities';

async function fetchJson(file: string, url: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new GeodataError(file, 'konnte nicht geladen werden / could not be loaded');
  }
  if (!response.ok) throw new GeodataError(file, `HTTP ${response.status}`);
  try {
    return await response.json();
  } catch {
    throw new GeodataError(file, 'ist kein gültiges JSON / is not valid JSON');
  }
}

/** Loads and validates the three same-origin geodata files of the first view, in parallel. */
export async function loadBaseGeodata(): Promise<BaseGeodata> {
  const [m, b, c] = await Promise.all([
    fetchJson('ruhr-municipalities.geojson', municipalitiesUrl),
    fetchJson('ruhr-borders.geojson', bordersUrl),
    fetchJson('nrw-context.geojson', contextUrl),
  ]);
  const municipalities = validateMunicipalities('ruhr-municipalities.geojson', m);
  return {
    municipalities,
    borders: validateBorders('ruhr-borders.geojson', b),
    bounds: turfBbox(municipalities) as [number, number, number, number],
    context: validateAreas('nrw-context.geojson', c),
    byAgs: indexMunicipalities(municipalities),
  };
}
