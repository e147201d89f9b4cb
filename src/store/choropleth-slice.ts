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
  /**
   * The own points' counts per municipality as an own column (added up per Kreis), replaced in
   * place when the points' filters change; null removes it. `show`: colour the map by it.
   */
  putPointCounts: (column: ImportedColumn | null, show?: boolean) => void;
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
  putPointCounts: (column, show = false) => set((s) => pointCountsState(s, column, show)),
  setIndicator: (indicator) => set({ indicator }),
  setScheme: (scheme) => set({ scheme }),
  setLevel: (level) => set({ level }),
  setChoroplethClasses: (choropleth) => set({ choropleth }),
});

/** The state after putting (or removing) the points' column: ids of later columns move up on removal. */
function pointCountsState(s: ChoroplethSlice, column: ImportedColumn | null, show: boolean): Partial<ChoroplethSlice> {
  const columns = s.imported?.columns ?? [];
  const at = columns.findIndex((c) => c.fromPoints);
  if (column) {
    const index = at >= 0 ? at : columns.length;
    const next = [...columns];
    next[index] = column;
    const id = `user:${index}`;
    return {
      imported: { file: s.imported?.file ?? column.name, columns: next },
      userAggregation: { ...s.userAggregation, [id]: 'sum' },
      ...(show ? { indicator: id } : {}),
    };
  }
  if (at < 0) return {};
  const shift = (id: string) => {
    const k = Number(id.slice(5));
    return !id.startsWith('user:') || k < at ? id : k === at ? '' : `user:${k - 1}`;
  };
  const next = columns.filter((_, i) => i !== at);
  return {
    imported: next.length ? { file: s.imported!.file, columns: next } : null,
    indicator: shift(s.indicator),
    userAggregation: Object.fromEntries(
      Object.entries(s.userAggregation)
        .map(([id, how]) => [shift(id), how] as const)
        .filter(([id]) => id !== ''),
    ),
  };
}
