import type { StateCreator } from 'zustand';
import type { Camera } from '../domain/story';
import { createChannel, type Channel } from './channel';

/** Pixels of the map's sides that something covers (the story card), for the camera to leave free. */
export interface Cover {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A scene's camera: fitted to its frame (when it has one) in the map beside the card. */
export interface SceneShot {
  camera: Camera;
  /** What must be in view: [[west, south], [east, north]]. */
  frame?: [[number, number], [number, number]];
  cover?: Cover;
}
import type { Selection, SelectionSlice } from './selection-slice';

export interface MapView {
  lon: number;
  lat: number;
  zoom: number;
}

/** A request to move the camera (sent on the store's camera channel, not kept as state). */
export interface FlyRequest {
  /** Fit the camera to this item … */
  selection?: Selection;
  /** … or show a presentation scene … */
  scene?: SceneShot;
  /** … or back to a view the user had (the browser's back button) … */
  view?: MapView;
  /** … or the whole region. */
  region?: boolean;
  /** Jump without a flight (handout pictures). */
  instant?: boolean;
  /** Written on the map element as data-settled once the camera has arrived and the map is drawn. */
  tag?: string;
}

export interface ViewSlice {
  /** The last settled camera (after a move ends); the map owns the camera while it moves. */
  view?: MapView;
  /** Where camera requests go: the map listens. */
  camera: Channel<FlyRequest>;
  setView: (view: MapView) => void;
  /** Selects an item and asks the map to show it. */
  selectAndFly: (selection: Selection) => void;
  showScene: (scene: SceneShot, options?: { instant?: boolean; tag?: string }) => void;
  /**
   * Shows what a link shows (after the back button): its view; without one, its selection as a
   * flight to it would; else the whole region.
   */
  showLinkView: (view: MapView | undefined, selection: Selection | undefined) => void;
}

/** Flying to an item also selects it: the one slice this one writes besides its own. */
export const createViewSlice: StateCreator<ViewSlice & Pick<SelectionSlice, 'selection'>, [], [], ViewSlice> = (set, get) => ({
  view: undefined,
  camera: createChannel<FlyRequest>({ keepUnheard: true }),
  setView: (view) => set({ view }),
  selectAndFly: (selection) => {
    set({ selection });
    get().camera.send({ selection });
  },
  showScene: (scene, { instant = false, tag } = {}) => get().camera.send({ scene, instant, tag }),
  showLinkView: (view, selection) => get().camera.send(view ? { view } : selection ? { selection } : { region: true }),
});
