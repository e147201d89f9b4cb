import type { StateCreator } from 'zustand';
import type { FilterSlice } from './filter-slice';
import type { SelectionSlice } from './selection-slice';
import { clampScene, sceneAfter, type SceneStep } from './scene-steps';
import type { Cover, SceneShot, ViewSlice } from './view-slice';

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

/** What a scene switches on the map: its clusters, corridors, year, highlight and labels. */
export type SceneState = Omit<MapBeforeTalk, 'view'> & { sceneLabels: string[] };

/** A scene as the map shows it: what it switches, and where its camera goes. */
export interface ScenePlan {
  state: SceneState;
  shot: SceneShot;
}

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
  /** The loaded talk's scenes, as the map shows them (set by the talk once its story has loaded). */
  talkPlan?: readonly ScenePlan[];
  /** The part of the map the scene card covers: the scenes' cameras leave it free. */
  sceneCover?: Cover;
  present: (scene: number) => void;
  stopPresenting: () => void;
  setBlank: (blank: boolean) => void;
  /** The talk's scenes have loaded (or changed language): the current scene goes on the map. */
  setTalkPlan: (plan: readonly ScenePlan[]) => void;
  /** The card's size changed (another scene's text, a turned phone): the camera refits. */
  setSceneCover: (cover: Cover) => void;
  /** Puts a scene (clamped to the talk) on the map: its layers, year, highlight, labels, camera. */
  goToScene: (scene: number) => void;
  /** A key or button: on a black screen it only lifts the black, so the audience sees where it was. */
  turnScene: (step: SceneStep) => void;
}

const sameCover = (a: Cover | undefined, b: Cover) =>
  a !== undefined && a.left === b.left && a.top === b.top && a.right === b.right && a.bottom === b.bottom;

/** Starting and ending the talk reads and restores the filters and the selection. */
export const createStorySlice: StateCreator<
  StorySlice & MapBeforeTalk & Pick<ViewSlice, 'showLinkView' | 'showScene'>,
  [],
  [],
  StorySlice
> = (set, get) => ({
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
    set({
      presenting: false,
      blank: false,
      sceneLabels: [],
      beforeTalk: undefined,
      talkPlan: undefined,
      talkEnded: before ? 'restored' : 'default',
      ...layers,
    });
    // The camera too: where it was, or (a talk opened by a link) the whole region.
    get().showLinkView(view, before ? layers.selection : undefined);
  },
  talkEnded: null,
  dismissTalkEnded: () => set({ talkEnded: null }),
  setBlank: (blank) => set({ blank }),
  setTalkPlan: (talkPlan) => {
    set({ talkPlan });
    get().goToScene(get().scene);
  },
  setSceneCover: (cover) => {
    const s = get();
    if (sameCover(s.sceneCover, cover)) return;
    set({ sceneCover: cover });
    const plan = s.talkPlan?.[s.scene];
    if (s.presenting && plan) s.showScene({ ...plan.shot, cover }, { tag: `scene:${s.scene}` });
  },
  goToScene: (index) => {
    const s = get();
    if (!s.talkPlan) return set({ scene: index });
    const scene = clampScene(index, s.talkPlan.length);
    const plan = s.talkPlan[scene]!;
    set({ scene, ...plan.state });
    s.showScene({ ...plan.shot, cover: s.sceneCover }, { tag: `scene:${scene}` });
  },
  turnScene: (step) => {
    const s = get();
    if (s.blank) return set({ blank: false });
    s.goToScene(sceneAfter(step, s.scene, s.talkPlan?.length ?? 0));
  },
});
