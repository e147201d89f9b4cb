import type { StateCreator } from 'zustand';
import type { Lang } from '../i18n/i18n';

export interface SettingsSlice {
  lang: Lang;
  /** The online OpenStreetMap basemap: off by default, never switched on by a link. */
  onlineBasemap: boolean;
  /** The online basemap was switched off again because its tiles did not load (no network). */
  basemapFailed: boolean;
  /** Parts of an opened link that were ignored, shown once as a notice. */
  linkNotice: string[];
  /** Set once the base map has rendered completely; heavier work waits for it. */
  mapReady: boolean;
  /** The map could not create its WebGL2 context: the app shows the message and the list. */
  webgl2Missing: boolean;
  /** The table instead of the map (screen readers, keyboard, no WebGL). */
  listView: boolean;
  /** This window is the presenter's second window. */
  presenterView: boolean;
  /** The service worker has stored the app and its data: it works without a network. */
  offlineReady: boolean;
  setOfflineReady: () => void;
  setListView: (on: boolean) => void;
  setMapReady: () => void;
  setWebgl2Missing: () => void;
  setLang: (lang: Lang) => void;
  setOnlineBasemap: (on: boolean) => void;
  failOnlineBasemap: () => void;
  dismissBasemapFailed: () => void;
  dismissLinkNotice: () => void;
}

export const createSettingsSlice: StateCreator<SettingsSlice, [], [], SettingsSlice> = (set) => ({
  lang: 'de',
  onlineBasemap: false,
  basemapFailed: false,
  linkNotice: [],
  mapReady: false,
  webgl2Missing: false,
  listView: false,
  presenterView: false,
  offlineReady: false,
  setOfflineReady: () => set({ offlineReady: true }),
  setListView: (listView) => set({ listView }),
  setMapReady: () => set({ mapReady: true }),
  setWebgl2Missing: () => set({ webgl2Missing: true }),
  setLang: (lang) => set({ lang }),
  setOnlineBasemap: (onlineBasemap) => set({ onlineBasemap, basemapFailed: false }),
  failOnlineBasemap: () => set({ onlineBasemap: false, basemapFailed: true }),
  dismissBasemapFailed: () => set({ basemapFailed: false }),
  dismissLinkNotice: () => set({ linkNotice: [] }),
});
