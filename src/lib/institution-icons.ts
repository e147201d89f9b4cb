import type { Category } from '../domain/institution';

/** One shape per group of categories, so category reads without colour (colour is the cluster). */
const SHAPES: Record<Category, string> = {
  university: '<rect x="5" y="5" width="22" height="22" rx="2"/>',
  research: '<circle cx="16" cy="16" r="11.5"/>',
  hospital: '<path d="M12 4h8v8h8v8h-8v8h-8v-8H4v-8h8z"/>',
  'technology-centre': '<path d="M16 3l13 13-13 13L3 16z"/>',
  network: '<path d="M16 3l13 13-13 13L3 16z"/>',
  company: '<path d="M16 3l13 13-13 13L3 16z"/>',
  logistics: '<path d="M16 4l13 23H3z"/>',
  'energy-company': '<path d="M16 4l13 23H3z"/>',
  heritage: '<path d="M16 3l13 10v15H3V13z"/>',
  museum: '<path d="M16 3l13 10v15H3V13z"/>',
};

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

/** An SVG icon as a data URL: drawn in the app, nothing fetched from elsewhere. */
export function iconUrl(category: Category, fill: string): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${ICON_SIZE}" height="${ICON_SIZE}" viewBox="0 0 32 32">`
    + `<g fill="${fill}" stroke="#ffffff" stroke-width="2.5" stroke-linejoin="round">${SHAPES[category]}</g></svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
