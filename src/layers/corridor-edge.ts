/**
 * How a corridor band's edge is drawn, so the three corridors can be told apart on the map and in
 * the legend alike without a colour of their own (the colours belong to the clusters): by their
 * order in corridors.json, solid, dashed, dotted.
 */
export type CorridorEdge = 'solid' | 'dashed' | 'dotted';
const EDGES: readonly CorridorEdge[] = ['solid', 'dashed', 'dotted'];

export const corridorEdgeOf = (corridors: readonly { id: string }[], id: string): CorridorEdge =>
  EDGES[
    Math.max(
      0,
      corridors.findIndex((c) => c.id === id),
    ) % EDGES.length
  ]!;

/** MapLibre's dash pattern of each edge, in line widths. */
export const EDGE_DASH: Record<CorridorEdge, [number, number]> = { solid: [1, 0], dashed: [4, 2], dotted: [1, 1.5] };
