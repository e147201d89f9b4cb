import type { StateCreator } from 'zustand';
import type { Selection } from '../domain/selection';

export type { Selection } from '../domain/selection';

export interface Hover {
  kind: 'municipality' | 'institution' | 'corridor';
  id: string;
  /** Pointer position in map pixels, for the tooltip. */
  x: number;
  y: number;
}

export interface SelectionSlice {
  selection?: Selection;
  hover?: Hover;
  select: (selection: Selection | undefined) => void;
  setHover: (hover: Hover | undefined) => void;
}

export const createSelectionSlice: StateCreator<SelectionSlice, [], [], SelectionSlice> = (set) => ({
  selection: undefined,
  hover: undefined,
  select: (selection) => set({ selection }),
  setHover: (hover) => set({ hover }),
});
