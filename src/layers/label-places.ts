/**
 * Candidate places for a map name around its point, for MapLibre's `text-variable-anchor-offset`:
 * on the point, then its four sides, then the corners, each ring `r` ems from the point. MapLibre
 * takes the first place that is free.
 */
export function labelPlaces(...rings: number[]): (string | [number, number])[] {
  return rings.flatMap((r) => {
    const d = r / Math.SQRT2;
    return [
      'center',
      [0, 0],
      'top',
      [0, r],
      'bottom',
      [0, -r],
      'left',
      [r, 0],
      'right',
      [-r, 0],
      'top-left',
      [d, d],
      'top-right',
      [-d, d],
      'bottom-left',
      [d, -d],
      'bottom-right',
      [-d, -d],
    ] as (string | [number, number])[];
  });
}

/**
 * From this zoom on, the names make room for the institution icons (institution-layers.ts).
 * Zoomed out further, a city is a few pixels wide and its name, moved off the icons, lands on its
 * neighbour (in the phone's region view, "Dortmund" over Unna); and the towns' names the moved ones
 * displace vanish. There the icons cover some letters instead.
 */
export const NAMES_AVOID_ICONS_ZOOM = 8;

/**
 * Up to this zoom the map shows the whole region: the clusters are named (cluster-names.ts) and the
 * cities' names are drawn over the icons (base-style.ts), so "Bochum" reads among its many actors.
 */
export const REGION_SCALE_MAX_ZOOM = 9.4;
