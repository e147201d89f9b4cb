import { create } from 'zustand';
import { createSelectionSlice, type SelectionSlice } from './selection-slice';
import { createSettingsSlice, type SettingsSlice } from './settings-slice';
import { createViewSlice, type ViewSlice } from './view-slice';

/** The one app store, built from slices. It holds plain data and ids, never map or layer objects. */
export type AppState = ViewSlice & SelectionSlice & SettingsSlice;

export const useAppStore = create<AppState>()((...args) => ({
  ...createViewSlice(...args),
  ...createSelectionSlice(...args),
  ...createSettingsSlice(...args),
}));
