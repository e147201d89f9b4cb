import type { AtlasData } from '../domain/atlas-data';

/**
 * The part of the data the overlays are derived from, small enough to hand to a worker. Its own
 * file: whatever imports it must not pull in turf (derive-overlays) with it.
 */
export type OverlayInputs = Pick<AtlasData, 'corridors' | 'corridorBandKm' | 'byAgs' | 'municipalities' | 'institutions' | 'clusters'>;

export function overlayInputs(data: AtlasData): OverlayInputs {
  const { corridors, corridorBandKm, byAgs, municipalities, institutions, clusters } = data;
  return { corridors, corridorBandKm, byAgs, municipalities, institutions, clusters };
}
