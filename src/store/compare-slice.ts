import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';

export const MAX_COMPARE = 4;

/** Municipalities side by side (2–4), and the indicator that colours the map. */
export interface CompareSlice {
  compare: string[];
  /** Choropleth indicator id ('' = none) and its classification. */
  indicator: string;
  scheme: 'quantile' | 'equal' | 'jenks';
  toggleCompare: (ags: string) => void;
  clearCompare: () => void;
  setIndicator: (indicator: string) => void;
  setScheme: (scheme: CompareSlice['scheme']) => void;
}

export const createCompareSlice: StateCreator<AppState, [], [], CompareSlice> = (set) => ({
  compare: [],
  indicator: '',
  scheme: 'quantile',
  toggleCompare: (ags) => set((s) => ({
    compare: s.compare.includes(ags) ? s.compare.filter((x) => x !== ags) : [...s.compare, ags].slice(-MAX_COMPARE),
  })),
  clearCompare: () => set({ compare: [] }),
  setIndicator: (indicator) => set({ indicator }),
  setScheme: (scheme) => set({ scheme }),
});
