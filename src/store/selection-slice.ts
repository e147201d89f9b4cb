import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';

export interface Hover {
  ags: string;
  /** Pointer position in map pixels, for the tooltip. */
  x: number;
  y: number;
}

export interface SelectionSlice {
  selectedAgs?: string;
  hover?: Hover;
  select: (ags: string | undefined) => void;
  setHover: (hover: Hover | undefined) => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selectedAgs: undefined,
  hover: undefined,
  select: (selectedAgs) => set({ selectedAgs }),
  setHover: (hover) => set({ hover }),
});
