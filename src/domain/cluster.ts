/** Ids of the clusters in geodata/clusters.json. */
export type ClusterId = string;

/** A fact with the id of the source document it comes from (see `Source`). */
export interface Fact {
  de: string;
  en: string;
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

export interface Cluster {
  id: ClusterId;
  name_de: string;
  name_en: string;
  /** From a colour-blind-safe qualitative palette (Okabe–Ito). */
  color: string;
  /** Municipalities the sources name as its focus; empty for a cluster spread over the region. */
  focus_ags: string[];
  description_de: string;
  description_en: string;
  facts: Fact[];
  focus_sources: string[];
}

export interface ClusterEvent {
  id: string;
  date: string;
  place_ags: string;
  name_de: string;
  name_en: string;
  facts: Fact[];
}

export interface ClusterFile {
  sources: Record<string, Source>;
  events: ClusterEvent[];
  clusters: Cluster[];
}
