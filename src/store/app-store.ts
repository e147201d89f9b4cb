import { create } from 'zustand';
import { createChoroplethSlice, type ChoroplethSlice } from './choropleth-slice';
import { createCompareSlice, type CompareSlice } from './compare-slice';
import { createEmploymentSlice, type EmploymentSlice } from './employment-slice';
import { createFilterSlice, type FilterSlice } from './filter-slice';
import { createSelectionSlice, type SelectionSlice } from './selection-slice';
import { createSettingsSlice, type SettingsSlice } from './settings-slice';
import { createStorySlice, type StorySlice } from './story-slice';
import { createViewSlice, type ViewSlice } from './view-slice';

/** The one app store, built from slices. It holds plain data and ids, never map or layer objects. */
export type AppState = ViewSlice & SelectionSlice & FilterSlice & SettingsSlice & StorySlice & CompareSlice & ChoroplethSlice & EmploymentSlice;

export const useAppStore = create<AppState>()((...args) => ({
  ...createViewSlice(...args),
  ...createSelectionSlice(...args),
  ...createFilterSlice(...args),
  ...createSettingsSlice(...args),
  ...createStorySlice(...args),
  ...createCompareSlice(...args),
  ...createChoroplethSlice(...args),
  ...createEmploymentSlice(...args),
}));
