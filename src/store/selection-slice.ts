import { createChannel, type Channel } from './channel';
import type { StateCreator } from 'zustand';
import type { Selection } from '../domain/selection';

export type { Selection } from '../domain/selection';

export interface Hover {
  /** A point of the planner's own set: `id` is its index. */
  kind: 'municipality' | 'institution' | 'corridor' | 'point';
  id: string;
}

/** The pointer's position over the map in map pixels, for the tooltip (sent, not stored). */
export interface PointerAt {
  x: number;
  y: number;
}

export interface SelectionSlice {
  selection?: Selection;
  hover?: Hover;
  select: (selection: Selection | undefined) => void;
  /** Changes only when the pointer reaches another thing, not on every move. */
  setHover: (hover: Hover | undefined) => void;
  pointer: Channel<PointerAt>;
}

export const createSelectionSlice: StateCreator<SelectionSlice, [], [], SelectionSlice> = (set, get) => ({
  selection: undefined,
  hover: undefined,
  select: (selection) => set({ selection }),
  setHover: (hover) => {
    const now = get().hover;
    if (now?.kind !== hover?.kind || now?.id !== hover?.id) set({ hover });
  },
  pointer: createChannel<PointerAt>(),
});
