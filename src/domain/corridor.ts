import type { Text } from './text';

export interface Corridor {
  id: string;
  name: Text;
  /** The municipalities the sources name, in order along the corridor. */
  anchorsAgs: string[];
  /** A closed ring (triangle) rather than a line. */
  closed: boolean;
  clusters: string[];
  year: number;
  description: Text;
  sources: string[];
  /** Where the name sits: a fraction of the way along the line (a ring: its anchors' centre). */
  labelAt: number;
}

export interface CorridorFile {
  corridors: Corridor[];
  /** Half-width of the drawn band in km: a cartographic choice, not a sourced figure. */
  bandKm: number;
  bandNote: string;
}
