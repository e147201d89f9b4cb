import type { Feature, FeatureCollection, Point } from 'geojson';

export const CATEGORIES = [
  'university', 'hospital', 'research', 'technology-centre', 'network',
  'logistics', 'energy-company', 'company', 'heritage', 'museum',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Properties of one point in geodata/institutions.geojson; every row carries its source. */
export interface InstitutionProperties {
  id: string;
  name: string;
  name_en: string;
  category: Category;
  clusters: string[];
  ags: string;
  founded: number | null;
  founded_source: string | null;
  url: string | null;
  /** Where the coordinate was read, and the exact text read there. */
  source: string;
  source_text: string;
  desc_de: string;
  desc_en: string;
}

export type InstitutionFeature = Feature<Point, InstitutionProperties>;
export type InstitutionCollection = FeatureCollection<Point, InstitutionProperties>;

/** The flat record the app works with. */
export interface Institution extends InstitutionProperties {
  position: [number, number];
}
