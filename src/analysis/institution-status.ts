import type { Institution } from '../domain/institution';

/**
 * What an actor was in a year (null: today): not yet founded, active, closed (a place that stays,
 * drawn as closed), or merged/renamed into another (gone from the map; its successor carries on).
 * An actor without a known founding year counts as existing in every year.
 */
type InstitutionStatus = 'future' | 'active' | 'closed' | 'absorbed';

export function institutionStatus(inst: Institution, year: number | null | undefined): InstitutionStatus {
  if (year != null && inst.founded !== null && inst.founded > year) return 'future';
  const end = inst.ended;
  if (!end || (year != null && end.year > year)) return 'active';
  return end.kind === 'closed' ? 'closed' : 'absorbed';
}

/** Drawn on the map in that year: founded by then and not merged into another. */
export const isOnMap = (inst: Institution, year: number | null | undefined) => {
  const s = institutionStatus(inst, year);
  return s === 'active' || s === 'closed';
};
