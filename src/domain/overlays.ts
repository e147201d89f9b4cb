import type { Feature, MultiPolygon, Polygon } from 'geojson';

/** A corridor's band and what lies in it, derived from the data (geodata/overlays/derive-overlays.ts). */
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

/** A cluster's focus area: the union of discs around its institutions. */
export interface ClusterArea {
  id: string;
  area: Feature<Polygon | MultiPolygon>;
}

export interface Overlays {
  corridors: CorridorOverlay[];
  clusterAreas: ClusterArea[];
}
