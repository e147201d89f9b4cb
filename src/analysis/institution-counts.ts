import type { Institution } from '../domain/institution';

/** Institutions per cluster id; an institution in two clusters counts in both. */
export function countByCluster(institutions: readonly Institution[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const inst of institutions) {
    for (const c of inst.clusters) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return counts;
}

/** The institutions located in one municipality. */
export function institutionsIn(ags: string, institutions: readonly Institution[]): Institution[] {
  return institutions.filter((i) => i.ags === ags);
}
