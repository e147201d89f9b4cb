import type { StateCreator } from 'zustand';
import type { FilterSlice } from './filter-slice';
import type { SelectionSlice } from './selection-slice';

/** The map as it was before the talk: the scenes switch layers, the year and the highlight. */
type MapBeforeTalk = Pick<FilterSlice, 'hiddenClusters' | 'hiddenCorridors' | 'hiddenCategories' | 'year'> & Pick<SelectionSlice, 'selection'>;

/** Presentation mode: which scene (0-based), and whether the screen is blanked. */
export interface StorySlice {
  presenting: boolean;
  scene: number;
  blank: boolean;
  /** Ids of the institutions the current scene names: labelled on the map during the talk. */
  sceneLabels: string[];
  /** Set when the talk was started from the map, which gets it back when the talk ends. */
  beforeTalk?: MapBeforeTalk;
  present: (scene: number) => void;
  stopPresenting: () => void;
  setBlank: (blank: boolean) => void;
}

/** Starting and ending the talk reads and restores the filters and the selection. */
export const createStorySlice: StateCreator<StorySlice & MapBeforeTalk, [], [], StorySlice> = (set, get) => ({
  presenting: false,
  scene: 0,
  blank: false,
  sceneLabels: [],
  beforeTalk: undefined,
  present: (scene) => {
    const s = get();
    const beforeTalk = s.presenting ? s.beforeTalk : {
      hiddenClusters: s.hiddenClusters, hiddenCorridors: s.hiddenCorridors, hiddenCategories: s.hiddenCategories, year: s.year, selection: s.selection,
    };
    set({ presenting: true, scene, beforeTalk });
  },
  stopPresenting: () => set({ presenting: false, blank: false, sceneLabels: [], beforeTalk: undefined, ...get().beforeTalk }),
  setBlank: (blank) => set({ blank }),
});
