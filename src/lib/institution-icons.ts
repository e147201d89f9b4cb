import type { Category } from '../domain/institution';

/**
 * An icon shape as one SVG path in a 32×32 box: drawn inline in the legend and with Path2D into
 * the map's icon atlas, so both show the same outline.
 */
export type IconShape = string;

const square: IconShape = 'M7 5h18a2 2 0 0 1 2 2v18a2 2 0 0 1-2 2H7a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2z';
const circle: IconShape = 'M4.5 16a11.5 11.5 0 1 0 23 0a11.5 11.5 0 1 0-23 0z';
const cross: IconShape = 'M12 4h8v8h8v8h-8v8h-8v-8H4v-8h8z';
const diamond: IconShape = 'M16 3l13 13-13 13L3 16z';
const triangle: IconShape = 'M16 4l13 23H3z';
const house: IconShape = 'M16 3l13 10v15H3V13z';

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
