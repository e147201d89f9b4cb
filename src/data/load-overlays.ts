import overlaysUrl from '../../geodata/derived-overlays.json?url';
import type { AtlasData } from '../domain/atlas-data';
import type { Overlays } from '../domain/overlays';
import { fetchJson } from './fetch-json';
import { validateOverlays } from './validate-overlays';

/** The corridor bands and cluster areas, derived from the data when it was built (geodata/build-overlays.ts). */
export async function loadOverlays(data: AtlasData): Promise<Overlays> {
  return validateOverlays(await fetchJson('derived-overlays.json', overlaysUrl), data);
}
