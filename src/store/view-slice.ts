import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';

export interface MapView {
  lon: number;
  lat: number;
  zoom: number;
}

export interface ViewSlice {
  /** The last settled camera (after a move ends); the map owns the camera while it moves. */
  view?: MapView;
  setView: (view: MapView) => void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  view: undefined,
  setView: (view) => set({ view }),
});
