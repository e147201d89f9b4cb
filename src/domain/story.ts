import type { Selection } from './selection';

export interface Camera {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

/** One step of the talk: what the audience reads and what the map shows. */
export interface Scene {
  id: string;
  title: string;
  text: string[];
  /** For the presenter view only. */
  notes: string;
  camera: Camera;
  /** Clusters shown; all others are switched off in this scene. */
  clusters: string[];
  corridors: string[];
  highlight?: Selection;
  /** Ids of the institutions the text names: labelled on the map in this scene. */
  places: string[];
  /** Founding-year filter; null shows today. */
  year: number | null;
  sources: string[];
}

export interface Story {
  title: string;
  scenes: Scene[];
}
