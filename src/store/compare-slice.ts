import type { StateCreator } from 'zustand';
import type { Aggregation, ChoroplethLevel } from '../analysis/choropleth-of';
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
  /** Per own-data indicator: counts (added up per Kreis) or rates (averaged), as the user said. */
  userAggregation: Record<string, Aggregation>;
  /** A new file starts without any such choice. */
  setImported: (imported: CompareSlice['imported']) => void;
  setUserAggregation: (indicator: string, aggregation: Aggregation) => void;
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
  userAggregation: {},
  setImported: (imported) => set({ imported, userAggregation: {} }),
  setUserAggregation: (indicator, aggregation) => set((s) => ({ userAggregation: { ...s.userAggregation, [indicator]: aggregation } })),
  toggleCompare: (id) => set((s) => ({
    compare: s.compare.includes(id) ? s.compare.filter((x) => x !== id) : [...s.compare, id].slice(-MAX_COMPARE),
  })),
  clearCompare: () => set({ compare: [] }),
  setIndicator: (indicator) => set({ indicator }),
  setScheme: (scheme) => set({ scheme }),
  setLevel: (level) => set({ level }),
});
