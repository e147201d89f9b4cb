import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';

/** One of the 53 member municipalities of the Regionalverband Ruhr (RVR). */
export interface Municipality {
  /** Amtlicher Gemeindeschlüssel, 8 digits, e.g. "05911000" for Bochum. */
  ags: string;
  name: string;
  /** Kreis name, or the city's own name for a kreisfreie Stadt. */
  kreis: string;
  kreisfrei: boolean;
  /** Area in km², from the unsimplified BKG geometry. */
  areaKm2: number;
  /** A point inside the polygon where its name label sits. */
  labelPoint: [number, number];
}

export type AreaGeometry = Polygon | MultiPolygon;

/** Properties as committed in geodata/ruhr-municipalities.geojson. */
export interface MunicipalityProperties {
  ags: string;
  name: string;
  kreis: string;
  kreisfrei: boolean;
  area_km2: number;
  label_lon: number;
  label_lat: number;
}

export type MunicipalityFeature = Feature<AreaGeometry, MunicipalityProperties>;
export type MunicipalityCollection = FeatureCollection<AreaGeometry, MunicipalityProperties>;
export type AreaCollection = FeatureCollection<AreaGeometry, { name: string }>;

/** Kreis borders inside the region and the region's outline, each line drawn once. */
export type BorderLevel = 'kreis' | 'outline';
export type BorderCollection = FeatureCollection<LineString | MultiLineString, { level: BorderLevel }>;

/** Everything the first view needs, validated. */
export interface BaseGeodata {
  municipalities: MunicipalityCollection;
  borders: BorderCollection;
  context: AreaCollection;
  /** [west, south, east, north] of the region, for the opening view. */
  bounds: [number, number, number, number];
  /** Municipalities by AGS, for panels and URL validation. */
  byAgs: ReadonlyMap<string, Municipality>;
}
