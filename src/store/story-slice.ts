import type { StateCreator } from 'zustand';
import type { FilterSlice } from './filter-slice';
import type { SelectionSlice } from './selection-slice';
import type { ViewSlice } from './view-slice';

/** The map as it was before the talk: the scenes switch layers, the year, the highlight and the camera. */
type MapBeforeTalk = Pick<FilterSlice, 'hiddenClusters' | 'hiddenCorridors' | 'hiddenCategories' | 'year'> &
  Pick<SelectionSlice, 'selection'> &
  Pick<ViewSlice, 'view'>;

/** The plain map a talk opened by a link ends on: every layer, today, no selection, the whole region. */
const DEFAULT_MAP: Omit<MapBeforeTalk, 'view'> = {
  hiddenClusters: [],
  hiddenCorridors: [],
  hiddenCategories: [],
  year: null,
  selection: undefined,
};

/** Presentation mode: which scene (0-based), and whether the screen is blanked. */
export interface StorySlice {
  presenting: boolean;
  scene: number;
  blank: boolean;
  /** Ids of the institutions the current scene names: labelled on the map during the talk. */
  sceneLabels: string[];
  /** Set when the talk was started from the map, which gets it back when the talk ends. */
  beforeTalk?: MapBeforeTalk;
  /** After a talk: the map said what it came back to (the map before it, or the plain map). */
  talkEnded: 'restored' | 'default' | null;
  dismissTalkEnded: () => void;
  present: (scene: number) => void;
  stopPresenting: () => void;
  setBlank: (blank: boolean) => void;
}

/** Starting and ending the talk reads and restores the filters and the selection. */
export const createStorySlice: StateCreator<StorySlice & MapBeforeTalk & Pick<ViewSlice, 'showLinkView'>, [], [], StorySlice> = (
  set,
  get,
) => ({
  presenting: false,
  scene: 0,
  blank: false,
  sceneLabels: [],
  beforeTalk: undefined,
  present: (scene) => {
    const s = get();
    const beforeTalk = s.presenting
      ? s.beforeTalk
      : {
          hiddenClusters: s.hiddenClusters,
          hiddenCorridors: s.hiddenCorridors,
          hiddenCategories: s.hiddenCategories,
          year: s.year,
          selection: s.selection,
          view: s.view,
        };
    set({ presenting: true, scene, beforeTalk, talkEnded: null });
  },
  stopPresenting: () => {
    const before = get().beforeTalk;
    const { view, ...layers } = before ?? { ...DEFAULT_MAP, view: undefined };
    set({ presenting: false, blank: false, sceneLabels: [], beforeTalk: undefined, talkEnded: before ? 'restored' : 'default', ...layers });
    // The camera too: where it was, or (a talk opened by a link) the whole region.
    get().showLinkView(view, before ? layers.selection : undefined);
  },
  talkEnded: null,
  dismissTalkEnded: () => set({ talkEnded: null }),
  setBlank: (blank) => set({ blank }),
});
