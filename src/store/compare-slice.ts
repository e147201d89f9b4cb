import type { StateCreator } from 'zustand';
import type { ChoroplethLevel } from '../analysis/choropleth-of';
import type { ImportedColumn } from '../data/csv/join-csv';

export const MAX_COMPARE = 4;

/** Municipalities or Kreise side by side (2–4), and the indicator that colours the map. */
export interface CompareSlice {
  compare: string[];
  /** Choropleth indicator id ('' = none) and its classification. */
  indicator: string;
  scheme: 'quantile' | 'equal' | 'jenks';
  /** Whether the map is coloured per municipality or per Kreis. */
  level: ChoroplethLevel;
  /** The user's own CSV columns; they stay in this browser tab. */
  imported: { file: string; columns: ImportedColumn[] } | null;
  setImported: (imported: CompareSlice['imported']) => void;
  /** Adds or removes a municipality (AGS) or Kreis (Kreis key). */
  toggleCompare: (id: string) => void;
  clearCompare: () => void;
  setIndicator: (indicator: string) => void;
  setScheme: (scheme: CompareSlice['scheme']) => void;
  setLevel: (level: ChoroplethLevel) => void;
}

export const createCompareSlice: StateCreator<CompareSlice, [], [], CompareSlice> = (set) => ({
  compare: [],
  indicator: '',
  scheme: 'quantile',
  level: 'municipality',
  imported: null,
  setImported: (imported) => set({ imported }),
  toggleCompare: (id) => set((s) => ({
    compare: s.compare.includes(id) ? s.compare.filter((x) => x !== id) : [...s.compare, id].slice(-MAX_COMPARE),
  })),
  clearCompare: () => set({ compare: [] }),
  setIndicator: (indicator) => set({ indicator }),
  setScheme: (scheme) => set({ scheme }),
  setLevel: (level) => set({ level }),
});
