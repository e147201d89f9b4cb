import type { StateCreator } from 'zustand';

const MAX_COMPARE = 4;

/** Municipalities or Kreise side by side (2–4). */
export interface CompareSlice {
  compare: string[];
  /** Adds or removes a municipality (AGS) or Kreis (Kreis key). */
  toggleCompare: (id: string) => void;
  clearCompare: () => void;
}

export const createCompareSlice: StateCreator<CompareSlice, [], [], CompareSlice> = (set) => ({
  compare: [],
  toggleCompare: (id) =>
    set((s) => ({
      compare: s.compare.includes(id) ? s.compare.filter((x) => x !== id) : [...s.compare, id].slice(-MAX_COMPARE),
    })),
  clearCompare: () => set({ compare: [] }),
});
