import type { Institution } from '../domain/institution';

/**
 * Screen offsets, in icon widths, for institutions that share one point: several actors "on the
 * campus of the RUB" have the campus's coordinate. Drawn on top of each other only one could be
 * seen or clicked; spread on a small ring around the point (never moved in the data), each shows.
 * A lone point gets no entry. Deterministic: the ring is ordered by id.
 */
export function fanOffsets(institutions: readonly Institution[]): Map<string, [number, number]> {
  const hit = cache.get(institutions);
  if (hit) return hit;
  const offsets = computeOffsets(institutions);
  cache.set(institutions, offsets);
  return offsets;
}

/** The same list (the visible institutions are cached by filter) gives the same offsets, computed once. */
const cache = new WeakMap<readonly Institution[], Map<string, [number, number]>>();

function computeOffsets(institutions: readonly Institution[]): Map<string, [number, number]> {
  const groups = new Map<string, Institution[]>();
  for (const inst of institutions) {
    const key = `${inst.position[0]},${inst.position[1]}`;
    const group = groups.get(key);
    if (group) group.push(inst);
    else groups.set(key, [inst]);
  }
  const offsets = new Map<string, [number, number]>();
  for (const group of groups.values()) {
    const n = group.length;
    if (n < 2) continue;
    // Neighbours on the ring 1.1 icon widths apart, centre to centre: they touch, never cover.
    const radius = 0.55 / Math.sin(Math.PI / n);
    [...group]
      .sort((a, b) => a.id.localeCompare(b.id))
      .forEach((inst, k) => {
        const angle = -Math.PI / 2 + (2 * Math.PI * k) / n;
        offsets.set(inst.id, [radius * Math.cos(angle), radius * Math.sin(angle)]);
      });
  }
  return offsets;
}
