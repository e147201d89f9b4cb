export interface Corridor {
  id: string;
  name_de: string;
  name_en: string;
  /** The municipalities the sources name, in order along the corridor. */
  anchors_ags: string[];
  /** A closed ring (triangle) rather than a line. */
  closed: boolean;
  clusters: string[];
  year: number;
  description_de: string;
  description_en: string;
  sources: string[];
  /** Where the name sits: a fraction of the way along the line (a ring: its anchors' centre). */
  label_at: number;
}

export interface CorridorFile {
  corridors: Corridor[];
  /** Half-width of the drawn band in km: a cartographic choice, not a sourced figure. */
  band_km: number;
  band_note: string;
}
