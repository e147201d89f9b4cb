import type { AtlasData } from '../../src/domain/atlas-data';
import type { Overlays } from '../../src/domain/overlays';
import { areaShareInside } from './area-share';
import { municipalitiesTouching } from '../../src/analysis/areas-touching';
import { clusterFocusArea } from './cluster-focus-area';
import { corridorBand } from './corridor-band';
import { corridorLabelPoint } from './corridor-label-point';
import { pointsInArea } from '../../src/analysis/points-in-area';

/** The part of the data the overlays are derived from. */
type OverlayInputs = Pick<AtlasData, 'corridors' | 'corridorBandKm' | 'byAgs' | 'municipalities' | 'institutions' | 'clusters'>;

/** Radius of the disc around each institution that makes up a cluster's focus area. */
const FOCUS_RADIUS_KM = 2;

/**
 * Everything derived from the data: corridor bands and members, cluster focus areas. Run when the
 * data is built (geodata/build-overlays.ts), not in the browser: the app loads the result.
 */
export function deriveOverlays(data: OverlayInputs): Overlays {
  const corridors = data.corridors.map((c) => {
    const anchors = c.anchorsAgs.map((ags) => data.byAgs.get(ags)!.labelPoint);
    const band = corridorBand(anchors, c.closed, data.corridorBandKm);
    const municipalities = municipalitiesTouching(band, data.municipalities.features);
    const byAgs = new Map(data.municipalities.features.map((f) => [f.properties.ags, f]));
    return {
      id: c.id,
      band,
      municipalities,
      shares: Object.fromEntries(municipalities.map((ags) => [ags, areaShareInside(band, byAgs.get(ags)!)])),
      institutions: pointsInArea(band, data.institutions).map((i) => i.id),
      labelPoint: corridorLabelPoint(anchors, c.closed, c.labelAt),
    };
  });
  const clusterAreas = data.clusters.flatMap((c) => {
    const positions = data.institutions.filter((i) => i.clusters.includes(c.id)).map((i) => i.position);
    const area = clusterFocusArea(positions, FOCUS_RADIUS_KM);
    return area ? [{ id: c.id, area }] : [];
  });
  return { corridors, clusterAreas };
}
