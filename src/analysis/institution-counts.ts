import type { Institution } from '../domain/institution';

/** The institutions located in one municipality. */
export function institutionsIn(ags: string, institutions: readonly Institution[]): Institution[] {
  return institutions.filter((i) => i.ags === ags);
}
