import type { IconShape } from './institution-icons';

/** Signed distance from (x, y) to a square with round corners (negative inside). */
export function roundedSquareDistance(x: number, y: number, cx: number, cy: number, half: number, corner: number): number {
  const qx = Math.abs(x - cx) - (half - corner);
  const qy = Math.abs(y - cy) - (half - corner);
  const ox = Math.max(qx, 0);
  const oy = Math.max(qy, 0);
  return Math.sqrt(ox * ox + oy * oy) + Math.min(Math.max(qx, qy), 0) - corner;
}

/**
 * Signed distance from (x, y) to a simple polygon's outline (negative inside, even-odd rule). The
 * corners as one flat list (x0, y0, x1, y1, …): this runs for every pixel of every icon, and
 * written over tuples it took a measured 50–70 ms for the six shapes.
 */
function polygonDistance(x: number, y: number, xy: Float64Array): number {
  let squared = Infinity;
  let inside = false;
  const n = xy.length;
  for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
    const ax = xy[i]!;
    const ay = xy[i + 1]!;
    const dx = xy[j]! - ax;
    const dy = xy[j + 1]! - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    const ex = x - ax - t * dx;
    const ey = y - ay - t * dy;
    squared = Math.min(squared, ex * ex + ey * ey);
    if (ay > y !== ay + dy > y && x < (dx * (y - ay)) / dy + ax) inside = !inside;
  }
  const distance = Math.sqrt(squared);
  return inside ? -distance : distance;
}

const flat = new WeakMap<IconShape, Float64Array>();

/**
 * Signed distance from (x, y) to an icon shape's outline, in the shape's 32×32 box (negative
 * inside). A line of width w drawn along the outline covers |d| ≤ w / 2, with round joins.
 */
export function shapeDistance(shape: IconShape, x: number, y: number): number {
  switch (shape.kind) {
    case 'polygon': {
      let xy = flat.get(shape);
      if (!xy) flat.set(shape, (xy = new Float64Array(shape.points.flat())));
      return polygonDistance(x, y, xy);
    }
    case 'circle':
      return Math.sqrt((x - shape.centre[0]) ** 2 + (y - shape.centre[1]) ** 2) - shape.radius;
    case 'rounded-square':
      return roundedSquareDistance(x, y, 16, 16, shape.half, shape.corner);
  }
}
