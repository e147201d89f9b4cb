import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasData } from '../domain/atlas-data';
import type { Category, Institution } from '../domain/institution';
import { ICON_MAX_PX, ICON_MIN_PX } from '../layers/icon-size';
import { ICON_SIZE, ICON_STROKE, SHAPES } from '../lib/institution-icons';
import { palette } from './palette';
import { ringImage } from './style-images';

/** Device pixels per icon pixel: icons are drawn at up to 28 px, so 2× stays sharp on HiDPI. */
const SCALE = 2;
/** Fill of an institution whose cluster has no colour (cannot happen with validated data). */
const FALLBACK_COLOUR = '#555555';

/** The image name of an icon: one per category and fill colour. */
export const iconKey = (category: Category, colour: string) => `institution|${category}|${colour}`;

/** The rings around the selected and the hovered institution. */
export const RING = { selected: 'institution-ring-selected', hovered: 'institution-ring-hovered' } as const;
/**
 * The ring's radius on screen at its largest, in CSS px: just outside the largest icon. It is
 * drawn at this size and scaled down with the icons (see institution-layers.ts).
 */
export const RING_MAX_RADIUS = ICON_MAX_PX / 2 + 5;
export const RING_MIN_RADIUS = ICON_MIN_PX / 2 + 5;

/** The icon of an institution: its shape, in the colour of its first cluster that is switched on. */
export function iconOf(inst: Institution, data: AtlasData, hiddenClusters: readonly string[]): string {
  const id = inst.clusters.find((c) => !hiddenClusters.includes(c)) ?? inst.clusters[0]!;
  return iconKey(inst.category, data.clustersById.get(id)?.color ?? FALLBACK_COLOUR);
}

/** One icon drawn from its SVG path with Path2D (the legend draws the same path inline). */
function drawIcon(category: Category, colour: string): ImageData {
  const size = ICON_SIZE * SCALE;
  const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  ctx.canvas.width = size;
  ctx.canvas.height = size;
  const path = new Path2D(SHAPES[category]);
  ctx.setTransform(SCALE, 0, 0, SCALE, 0, 0);
  ctx.fillStyle = colour;
  ctx.strokeStyle = ICON_STROKE.stroke;
  ctx.lineWidth = ICON_STROKE.strokeWidth;
  ctx.lineJoin = ICON_STROKE.strokeLinejoin;
  ctx.fill(path);
  ctx.stroke(path);
  return ctx.getImageData(0, 0, size, size);
}

/**
 * Adds every institution icon (category × cluster colour) and the two rings to the map's images,
 * once: a cluster switched off is then a new image name per point, not a new image.
 */
export function addInstitutionImages(map: MapLibreMap, data: AtlasData): void {
  if (map.hasImage(RING.selected)) return;
  const colours = [...new Set([...data.clusters.map((c) => c.color), FALLBACK_COLOUR])];
  for (const category of Object.keys(SHAPES) as Category[]) {
    for (const colour of colours) map.addImage(iconKey(category, colour), drawIcon(category, colour), { pixelRatio: SCALE });
  }
  // The selected ring in full ink, the hovered one fainter (as before in deck.gl: alpha 255 / 140).
  map.addImage(RING.selected, ringImage(RING_MAX_RADIUS * SCALE, 2.5 * SCALE, palette.outline), { pixelRatio: SCALE });
  map.addImage(RING.hovered, ringImage(RING_MAX_RADIUS * SCALE, 2.5 * SCALE, palette.outline, 140 / 255), { pixelRatio: SCALE });
}
