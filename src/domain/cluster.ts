import type { Text } from './text';
import type { Cited } from './institution';

/** Ids of the clusters in geodata/clusters.json. */
export type ClusterId = string;

/** A fact with the id of the source document it comes from (see `Source`). */
export interface Fact {
  text: Text;
  value?: number;
  source: string;
}

export interface Source {
  title: string;
  publisher: string;
  date: string;
  file?: string;
  url?: string;
}

/** An actor of a cluster with no point on the map: no building of its own and no sourced seat. */
export interface MemberWithoutPoint {
  id: string;
  name: Text;
  aliases: string[];
  /** The town the sources name as its seat, if any; never drawn as a point. */
  seatTown: string | null;
  founded: number | null;
  description: Text;
  source: Cited;
  foundedSource: Cited | null;
}

export interface Cluster {
  id: ClusterId;
  name: Text;
  /** From a colour-blind-safe qualitative palette (Okabe–Ito). */
  color: string;
  /** Municipalities the sources name as its focus; empty for a cluster spread over the region. */
  focusAgs: string[];
  /**
   * A cluster of the past, spread over the region (the Montan heritage): context on the map, drawn
   * smaller and paler than the clusters of today at region scale.
   */
  context?: boolean;
  /** A short name for the map at region scale ("Gesundheit"); the full name where absent. */
  short?: Text;
  description: Text;
  facts: Fact[];
  focusSources: string[];
  membersWithoutPoint: MemberWithoutPoint[];
  /**
   * The WZ 2008 section groups of the employment table that stand in for the cluster: a proxy,
   * since no cluster here is an industry of the classification; the notes say how rough it is.
   */
  employmentProxy: { sections: string[]; note: Text };
}

export interface ClusterEvent {
  id: string;
  date: string;
  placeAgs: string;
  name: Text;
  facts: Fact[];
}

export interface ClusterFile {
  sources: Record<string, Source>;
  events: ClusterEvent[];
  clusters: Cluster[];
}
