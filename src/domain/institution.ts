import type { Text } from './text';

export const CATEGORIES = [
  'university',
  'hospital',
  'research',
  'technology-centre',
  'network',
  'logistics',
  'energy-company',
  'company',
  'heritage',
  'museum',
] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * How the point was found: `exact` = a source states this place's coordinate; `site` = a source
 * puts the actor on a campus or site whose coordinate is sourced; `street` = likewise for a street.
 */
export const PRECISIONS = ['exact', 'site', 'street'] as const;
type Precision = (typeof PRECISIONS)[number];

/** A page and the words read there. `audit`: the stored copy actually read, never shown. */
export interface Cited {
  url: string;
  text: string;
  audit: string | null;
}

/** For precision site/street: which site, and the source that puts the actor there. */
interface SiteRef {
  name: string;
  located: Cited;
}

/** The end of an actor: closed (the place stays, e.g. a mine), merged or renamed (it lives on as `into`). */
interface Ending {
  year: number;
  kind: 'closed' | 'merged' | 'renamed';
  into: Text;
  /** The atlas row it became part of, if that is on the map. */
  intoId: string | null;
  source: Cited;
}

/** A figure or statement in the panel with its own source. */
interface SourcedFact {
  text: Text;
  source: Cited;
}

/** One actor with a point on the map (a row of geodata/institutions.geojson); every fact carries its source. */
export interface Institution {
  id: string;
  name: Text;
  /** Usual short forms (HGI, MPI-SP …): searchable; the first one labels the point in a scene. */
  aliases: string[];
  category: Category;
  clusters: string[];
  ags: string;
  precision: Precision;
  /** Where the coordinate was read (the original publication), with the exact text read there. */
  source: Cited;
  site: SiteRef | null;
  /** The point is the registered seat of a network or association, not a building of its own. */
  seat: boolean;
  founded: number | null;
  foundedSource: Cited | null;
  ended: Ending | null;
  url: string | null;
  description: Text;
  facts: SourcedFact[];
  /** A second source for what changes (name, operator, status). */
  secondSource: Cited | null;
  position: [number, number];
}
