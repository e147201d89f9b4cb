import type { StateCreator } from 'zustand';
import type { Camera } from '../domain/story';
import type { Selection, SelectionSlice } from './selection-slice';

export interface MapView {
  lon: number;
  lat: number;
  zoom: number;
}

/** A request to move the camera to an item; the nonce makes a repeated request a new one. */
export interface FlyRequest {
  /** Fit the camera to this item … */
  selection?: Selection;
  /** … or move it to exactly this camera (a presentation scene) … */
  camera?: Camera;
  /** … or back to a view the user had (the browser's back button) … */
  view?: MapView;
  /** … or the whole region. */
  region?: boolean;
  /** Jump without a flight (handout pictures). */
  instant?: boolean;
  nonce: number;
}

export interface ViewSlice {
  /** The last settled camera (after a move ends); the map owns the camera while it moves. */
  view?: MapView;
  flyRequest?: FlyRequest;
  setView: (view: MapView) => void;
  /** Selects an item and asks the map to show it. */
  selectAndFly: (selection: Selection) => void;
  flyToCamera: (camera: Camera, instant?: boolean) => void;
  /**
   * Shows what a link shows (after the back button): its view; without one, its selection as a
   * flight to it would; else the whole region.
   */
  showLinkView: (view: MapView | undefined, selection: Selection | undefined) => void;
  /** Counts the map's idle events: a change has been drawn when it goes up. */
  idleCount: number;
  markIdle: () => void;
}

/** Flying to an item also selects it: the one slice this one writes besides its own. */
export const createViewSlice: StateCreator<ViewSlice & Pick<SelectionSlice, 'selection'>, [], [], ViewSlice> = (set, get) => ({
  view: undefined,
  flyRequest: undefined,
  setView: (view) => set({ view }),
  selectAndFly: (selection) => set({ selection, flyRequest: { selection, nonce: (get().flyRequest?.nonce ?? 0) + 1 } }),
  flyToCamera: (camera, instant = false) => set({ flyRequest: { camera, instant, nonce: (get().flyRequest?.nonce ?? 0) + 1 } }),
  showLinkView: (view, selection) => set({
    flyRequest: { ...(view ? { view } : selection ? { selection } : { region: true }), nonce: (get().flyRequest?.nonce ?? 0) + 1 },
  }),
  idleCount: 0,
  markIdle: () => set({ idleCount: get().idleCount + 1 }),
});
