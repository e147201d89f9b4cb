import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { areaShareInside } from './area-share';
import type { OverlayInputs } from './overlay-inputs';
import { municipalitiesTouching } from './areas-touching';
import { clusterFocusArea } from './cluster-focus-area';
import { corridorBand } from './corridor-band';
import { corridorLabelPoint } from './corridor-label-point';
import { pointsInArea } from './points-in-area';

/** Radius of the disc around each institution that makes up a cluster's focus area. */
export const FOCUS_RADIUS_KM = 2;

export interface CorridorOverlay {
  id: string;
  band: Feature<Polygon | MultiPolygon>;
  /** Municipalities the band touches (computed, not listed in the data). */
  municipalities: string[];
  /** Institutions inside the band. */
  institutions: string[];
  labelPoint: [number, number];
  /** Per touched municipality: the share of its area inside the band (0–1). */
  shares: Record<string, number>;
}

export interface ClusterArea {
  id: string;
  area: Feature<Polygon | MultiPolygon>;
}

export interface Overlays {
  corridors: CorridorOverlay[];
  clusterAreas: ClusterArea[];
}

/** Everything derived from the data once at start: corridor bands and members, cluster focus areas. */
export function deriveOverlays(data: OverlayInputs): Overlays {
  const corridors = data.corridors.map((c) => {
    const anchors = c.anchors_ags.map((ags) => data.byAgs.get(ags)!.labelPoint);
    const band = corridorBand(anchors, c.closed, data.corridorBandKm);
    const municipalities = municipalitiesTouching(band, data.municipalities.features);
    const byAgs = new Map(data.municipalities.features.map((f) => [f.properties.ags, f]));
    return {
      id: c.id,
      band,
      municipalities,
      shares: Object.fromEntries(municipalities.map((ags) => [ags, areaShareInside(band, byAgs.get(ags)!)])),
      institutions: pointsInArea(band, data.institutions).map((i) => i.id),
      labelPoint: corridorLabelPoint(anchors, c.closed, c.label_at),
    };
  });
  const clusterAreas = data.clusters.flatMap((c) => {
    const positions = data.institutions.filter((i) => i.clusters.includes(c.id)).map((i) => i.position);
    const area = clusterFocusArea(positions, FOCUS_RADIUS_KM);
    return area ? [{ id: c.id, area }] : [];
  });
  return { corridors, clusterAreas };
}
