import type { StateCreator } from 'zustand';

/** What the layer panel has switched off. Hidden lists (not visible lists) so new data shows by default. */
export interface FilterSlice {
  hiddenClusters: string[];
  hiddenCorridors: string[];
  hiddenCategories: string[];
  /** Show what existed in this year (by founding year); null: today, everything. */
  year: number | null;
  setYear: (year: number | null) => void;
  toggleCluster: (id: string) => void;
  toggleCorridor: (id: string) => void;
  toggleCategory: (id: string) => void;
}

const toggle = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);

export const createFilterSlice: StateCreator<FilterSlice, [], [], FilterSlice> = (set) => ({
  hiddenClusters: [],
  hiddenCorridors: [],
  hiddenCategories: [],
  year: null,
  setYear: (year) => set({ year }),
  toggleCluster: (id) => set((s) => ({ hiddenClusters: toggle(s.hiddenClusters, id) })),
  toggleCorridor: (id) => set((s) => ({ hiddenCorridors: toggle(s.hiddenCorridors, id) })),
  toggleCategory: (id) => set((s) => ({ hiddenCategories: toggle(s.hiddenCategories, id) })),
});
