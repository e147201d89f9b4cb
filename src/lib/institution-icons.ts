import type { Category } from '../domain/institution';

/** An SVG element of an icon shape, as data: drawn as a data URL for the map, inline in the legend. */
export interface IconShape {
  tag: 'rect' | 'circle' | 'path';
  attrs: Record<string, string>;
}

const square: IconShape = { tag: 'rect', attrs: { x: '5', y: '5', width: '22', height: '22', rx: '2' } };
const circle: IconShape = { tag: 'circle', attrs: { cx: '16', cy: '16', r: '11.5' } };
const cross: IconShape = { tag: 'path', attrs: { d: 'M12 4h8v8h8v8h-8v8h-8v-8H4v-8h8z' } };
const diamond: IconShape = { tag: 'path', attrs: { d: 'M16 3l13 13-13 13L3 16z' } };
const triangle: IconShape = { tag: 'path', attrs: { d: 'M16 4l13 23H3z' } };
const house: IconShape = { tag: 'path', attrs: { d: 'M16 3l13 10v15H3V13z' } };

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
export const ICON_STROKE = { stroke: '#ffffff', strokeWidth: '2.5', strokeLinejoin: 'round' } as const;

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

function markup({ tag, attrs }: IconShape): string {
  return `<${tag} ${Object.entries(attrs).map(([k, v]) => `${k}="${v}"`).join(' ')}/>`;
}

/** An SVG icon as a data URL: drawn in the app, nothing fetched from elsewhere. */
export function iconUrl(category: Category, fill: string): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${ICON_SIZE}" height="${ICON_SIZE}" viewBox="0 0 32 32">`
    + `<g fill="${fill}" stroke="${ICON_STROKE.stroke}" stroke-width="${ICON_STROKE.strokeWidth}" stroke-linejoin="${ICON_STROKE.strokeLinejoin}">${markup(SHAPES[category])}</g></svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
