import type { StateCreator } from 'zustand';

/** Presentation mode: which scene (0-based), and whether the screen is blanked. */
export interface StorySlice {
  presenting: boolean;
  scene: number;
  blank: boolean;
  present: (scene: number) => void;
  stopPresenting: () => void;
  setBlank: (blank: boolean) => void;
}

export const createStorySlice: StateCreator<StorySlice, [], [], StorySlice> = (set) => ({
  presenting: false,
  scene: 0,
  blank: false,
  present: (scene) => set({ presenting: true, scene }),
  stopPresenting: () => set({ presenting: false, blank: false }),
  setBlank: (blank) => set({ blank }),
});
