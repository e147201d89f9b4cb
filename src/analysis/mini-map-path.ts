import type { Position } from 'geojson';
import type { AreaGeometry } from '../domain/municipality';

interface MiniMap {
  /** SVG path of the area, in a box of `size` × `size`. */
  path: string;
  /** Projects a point into the same box. */
  project: (p: readonly [number, number]) => [number, number];
}

/**
 * A small static map of one area: equirectangular with the longitude scaled by cos(latitude),
 * which is true enough at the size of a municipality, fitted into a square.
 */
export function miniMap(geometry: AreaGeometry, size: number, pad = 4): MiniMap {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const points = polygons.flat(2) as unknown as Position[];
  const lats = points.map((p) => p[1]!);
  const lons = points.map((p) => p[0]!);
  const k = Math.cos(((Math.min(...lats) + Math.max(...lats)) / 2) * (Math.PI / 180));
  const [x0, x1, y0, y1] = [Math.min(...lons) * k, Math.max(...lons) * k, Math.min(...lats), Math.max(...lats)];
  const scale = (size - 2 * pad) / Math.max(x1 - x0, y1 - y0);
  const dx = (size - (x1 - x0) * scale) / 2;
  const dy = (size - (y1 - y0) * scale) / 2;
  const project = ([lon, lat]: readonly [number, number]): [number, number] => [
    dx + (lon * k - x0) * scale,
    size - dy - (lat - y0) * scale,
  ];
  const path = polygons
    .map((rings) =>
      rings
        .map(
          (ring) =>
            `M${ring
              .map((p) =>
                project(p as [number, number])
                  .map((v) => v.toFixed(1))
                  .join(','),
              )
              .join('L')}Z`,
        )
        .join(''),
    )
    .join('');
  return { path, project };
}
