import type { StateCreator } from 'zustand';
import type { GenesisEmployment } from '../data/genesis/genesis-employment';

/** An official employment table the user loaded (e.g. a newer year's export); it stays in this tab. */
export interface EmploymentSlice {
  ownEmployment: { file: string; table: GenesisEmployment } | null;
  setOwnEmployment: (own: EmploymentSlice['ownEmployment']) => void;
}

export const createEmploymentSlice: StateCreator<EmploymentSlice, [], [], EmploymentSlice> = (set) => ({
  ownEmployment: null,
  setOwnEmployment: (ownEmployment) => set({ ownEmployment }),
});
