import type { Category } from '../domain/institution';

/**
 * An icon shape in a 32×32 box, as geometry: the legend draws it as an SVG path (`shapePath`),
 * the map computes its pixels from the same figures (src/layers/style-images.ts), so both show the
 * same outline.
 */
export type IconShape =
  | { kind: 'polygon'; points: [number, number][] }
  | { kind: 'circle'; centre: [number, number]; radius: number }
  /** A square with round corners, centred in the box. */
  | { kind: 'rounded-square'; half: number; corner: number };

const square: IconShape = { kind: 'rounded-square', half: 11, corner: 2 };
const circle: IconShape = { kind: 'circle', centre: [16, 16], radius: 11.5 };
const cross: IconShape = {
  kind: 'polygon',
  points: [
    [12, 4],
    [20, 4],
    [20, 12],
    [28, 12],
    [28, 20],
    [20, 20],
    [20, 28],
    [12, 28],
    [12, 20],
    [4, 20],
    [4, 12],
    [12, 12],
  ],
};
const diamond: IconShape = {
  kind: 'polygon',
  points: [
    [16, 3],
    [29, 16],
    [16, 29],
    [3, 16],
  ],
};
const triangle: IconShape = {
  kind: 'polygon',
  points: [
    [16, 4],
    [29, 27],
    [3, 27],
  ],
};
const house: IconShape = {
  kind: 'polygon',
  points: [
    [16, 3],
    [29, 13],
    [29, 28],
    [3, 28],
    [3, 13],
  ],
};

/** The shape as an SVG path in the same 32×32 box. */
export function shapePath(shape: IconShape): string {
  switch (shape.kind) {
    case 'polygon':
      return `M${shape.points.map(([x, y]) => `${x} ${y}`).join('L')}z`;
    case 'circle': {
      const [cx, cy] = shape.centre;
      const r = shape.radius;
      return `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0z`;
    }
    case 'rounded-square': {
      const { half, corner: c } = shape;
      const side = 2 * (half - c);
      const arc = (dx: number, dy: number) => `a${c} ${c} 0 0 1 ${dx} ${dy}`;
      return `M${16 - half + c} ${16 - half}h${side}${arc(c, c)}v${side}${arc(-c, c)}h${-side}${arc(-c, -c)}v${-side}${arc(c, -c)}z`;
    }
  }
}

/** One shape per group of categories, so category reads without colour (colour is the cluster). */
export const SHAPES: Record<Category, IconShape> = {
  university: square,
  research: circle,
  hospital: cross,
  'technology-centre': diamond,
  network: diamond,
  company: diamond,
  logistics: triangle,
  'energy-company': triangle,
  heritage: house,
  museum: house,
};

/** Outline of every icon: white, so shapes stay apart where points overlap. */
export const ICON_STROKE = { stroke: '#ffffff', strokeWidth: 2.5, strokeLinejoin: 'round' } as const;

export const ICON_SIZE = 32;

/** Which legend entry a category shares its shape with. */
export const SHAPE_GROUPS: { shape: Category; categories: Category[] }[] = [
  { shape: 'university', categories: ['university'] },
  { shape: 'research', categories: ['research'] },
  { shape: 'hospital', categories: ['hospital'] },
  { shape: 'technology-centre', categories: ['technology-centre', 'network', 'company'] },
  { shape: 'logistics', categories: ['logistics', 'energy-company'] },
  { shape: 'heritage', categories: ['heritage', 'museum'] },
];
