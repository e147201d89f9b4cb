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
  /**
   * The places the text names, labelled on the map in this scene: institution ids and
   * municipality AGS. The camera fits them beside the story card.
   */
  places: string[];
  /** 'region': the text speaks of the whole Ruhr, so the camera fits all of it too. */
  frame?: 'region';
  /** Founding-year filter; null shows today. */
  year: number | null;
  sources: string[];
}

export interface Story {
  title: string;
  scenes: Scene[];
}

/** A place a scene names, as the map labels it. */
export interface ScenePlace {
  id: string;
  /** An institution is labelled beside its icon; a town's name sits on its label point. */
  kind: 'institution' | 'town';
  position: [number, number];
  label: { de: string; en: string };
}
