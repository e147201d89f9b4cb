import type { StateCreator } from 'zustand';
import type { HiddenPointValues } from '../analysis/point-counts';
import type { PointImportReport, PointSet, PointsDrawn } from '../domain/point-set';

/** A planner's own points: they stay in this browser tab, as the own CSV columns do. */
export interface PointsSlice {
  points: PointSet | null;
  pointReport: PointImportReport | null;
  /** Per filter column of the points, the codes switched off. */
  hiddenPointValues: HiddenPointValues;
  /** A point set served as PMTiles (registered by its key in map/point-tiles-source.ts), if any. */
  pointTiles: { key: string; label: string } | null;
  /** How much of the set the map draws, where it draws a sample (software WebGL); null: all. */
  pointsDrawn: PointsDrawn | null;
  /** The planner asked for every point even there. */
  drawAllPoints: boolean;
  setPoints: (points: PointSet | null, report: PointImportReport | null) => void;
  setPointsDrawn: (drawn: PointsDrawn | null) => void;
  setDrawAllPoints: (all: boolean) => void;
  setPointTiles: (tiles: PointsSlice['pointTiles']) => void;
  togglePointValue: (column: number, code: number) => void;
  /** All values of a column on (`on` true) or off. */
  setPointColumn: (column: number, on: boolean) => void;
}

export const createPointsSlice: StateCreator<PointsSlice, [], [], PointsSlice> = (set) => ({
  points: null,
  pointReport: null,
  hiddenPointValues: [],
  pointTiles: null,
  pointsDrawn: null,
  drawAllPoints: false,
  setPointsDrawn: (pointsDrawn) => set({ pointsDrawn }),
  setDrawAllPoints: (drawAllPoints) => set({ drawAllPoints }),
  setPointTiles: (pointTiles) => set({ pointTiles }),
  setPoints: (points, pointReport) => set({ points, pointReport, hiddenPointValues: points ? points.columns.map(() => []) : [] }),
  togglePointValue: (column, code) =>
    set((s) => ({
      hiddenPointValues: s.hiddenPointValues.map((h, j) =>
        j !== column ? h : h.includes(code) ? h.filter((c) => c !== code) : [...h, code].sort((a, b) => a - b),
      ),
    })),
  setPointColumn: (column, on) =>
    set((s) => ({
      hiddenPointValues: s.hiddenPointValues.map((h, j) =>
        j !== column ? h : on ? [] : (s.points?.columns[j]?.values.map((_, c) => c) ?? []),
      ),
    })),
});
