import type { CorridorOverlay } from '../domain/overlays';

/**
 * The corridors switched on: what the bands and the names show, and what a pointer can pick.
 * One filter for all three, so they never disagree.
 */
export function visibleCorridors(overlays: { corridors: CorridorOverlay[] }, hiddenCorridors: readonly string[]): CorridorOverlay[] {
  return overlays.corridors.filter((c) => !hiddenCorridors.includes(c.id));
}
