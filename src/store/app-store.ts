import { create, type StateCreator, type StoreApi } from 'zustand';
import { createChoroplethSlice, type ChoroplethSlice } from './choropleth-slice';
import { createCompareSlice, type CompareSlice } from './compare-slice';
import { createEmploymentSlice, type EmploymentSlice } from './employment-slice';
import { createFilterSlice, type FilterSlice } from './filter-slice';
import { createPointsSlice, type PointsSlice } from './points-slice';
import { createSelectionSlice, type SelectionSlice } from './selection-slice';
import { createSettingsSlice, type SettingsSlice } from './settings-slice';
import { createStorySlice, type StorySlice } from './story-slice';
import { createViewSlice, type ViewSlice } from './view-slice';

/** The one app store, built from slices. It holds plain data and ids, never map or layer objects. */
export type AppState = ViewSlice &
  SelectionSlice &
  FilterSlice &
  SettingsSlice &
  StorySlice &
  CompareSlice &
  ChoroplethSlice &
  EmploymentSlice &
  PointsSlice & {
    /** After a crash in the interface: no selection, every layer, today, no talk (the URL stays). */
    resetAfterCrash: () => void;
  };

const appState: StateCreator<AppState> = (...args) => ({
  ...createViewSlice(...args),
  ...createSelectionSlice(...args),
  ...createFilterSlice(...args),
  ...createSettingsSlice(...args),
  ...createStorySlice(...args),
  ...createCompareSlice(...args),
  ...createChoroplethSlice(...args),
  ...createEmploymentSlice(...args),
  ...createPointsSlice(...args),
  resetAfterCrash: () =>
    args[0]({
      selection: undefined,
      hover: undefined,
      hiddenClusters: [],
      hiddenCorridors: [],
      hiddenCategories: [],
      year: null,
      presenting: false,
      blank: false,
      talkPlan: undefined,
    }),
});

export const useAppStore = create<AppState>()(appState);

/** A store of the same shape that is not the app's: the handout's off-screen map draws from one. */
export const createSideStore = (): StoreApi<AppState> => create<AppState>()(appState);
export type AppStore = Pick<StoreApi<AppState>, 'getState' | 'subscribe'>;
