/**
 * Candidate places for a map name around its point, for MapLibre's `text-variable-anchor-offset`:
 * on the point, then its four sides, then the corners, each ring `r` ems from the point. MapLibre
 * takes the first place that is free.
 */
export function labelPlaces(...rings: number[]): (string | [number, number])[] {
  return rings.flatMap((r) => {
    const d = r / Math.SQRT2;
    return ['center', [0, 0], 'top', [0, r], 'bottom', [0, -r], 'left', [r, 0], 'right', [-r, 0],
      'top-left', [d, d], 'top-right', [-d, d], 'bottom-left', [d, -d], 'bottom-right', [-d, -d]] as (string | [number, number])[];
  });
}
