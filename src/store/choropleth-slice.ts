import type { StateCreator } from 'zustand';
import type { ChoroplethClasses } from '../analysis/choropleth-classes';
import type { Aggregation, ChoroplethLevel } from '../analysis/choropleth-of';
import type { Scheme } from '../analysis/classify';
import type { ImportedColumn } from '../data/csv/join-csv';

/** The indicator that colours the map, how it is classed, and the user's own columns it may come from. */
export interface ChoroplethSlice {
  /** Choropleth indicator id ('' = none) and its classification. */
  indicator: string;
  scheme: Scheme;
  /** Whether the map is coloured per municipality or per Kreis. */
  level: ChoroplethLevel;
  /** The user's own CSV columns; they stay in this browser tab. */
  imported: { file: string; columns: ImportedColumn[] } | null;
  /** Per own-data indicator: counts (added up per Kreis) or rates (averaged), as the user said. */
  userAggregation: Record<string, Aggregation>;
  /**
   * The classes of the current choice, derived from the fields above once per change (see
   * choropleth-sync.ts) and read by the map, the legend and the PNG export alike; null = none.
   */
  choropleth: ChoroplethClasses | null;
  /** A new file starts without any such choice. */
  setImported: (imported: ChoroplethSlice['imported']) => void;
  setUserAggregation: (indicator: string, aggregation: Aggregation) => void;
  setIndicator: (indicator: string) => void;
  setScheme: (scheme: Scheme) => void;
  setLevel: (level: ChoroplethLevel) => void;
  setChoroplethClasses: (choropleth: ChoroplethClasses | null) => void;
}

export const createChoroplethSlice: StateCreator<ChoroplethSlice, [], [], ChoroplethSlice> = (set) => ({
  indicator: '',
  scheme: 'quantile',
  level: 'municipality',
  imported: null,
  userAggregation: {},
  choropleth: null,
  setImported: (imported) => set({ imported, userAggregation: {} }),
  setUserAggregation: (indicator, aggregation) => set((s) => ({ userAggregation: { ...s.userAggregation, [indicator]: aggregation } })),
  setIndicator: (indicator) => set({ indicator }),
  setScheme: (scheme) => set({ scheme }),
  setLevel: (level) => set({ level }),
  setChoroplethClasses: (choropleth) => set({ choropleth }),
});
