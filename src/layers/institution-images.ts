import { rgb } from 'd3-color';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { institutionStatus } from '../analysis/institution-status';
import type { AtlasData } from '../domain/atlas-data';
import type { Category, Institution } from '../domain/institution';
import { ICON_MAX_PX, ICON_MIN_PX } from './icon-size';
import { ICON_SIZE, ICON_STROKE, SHAPES, type IconShape } from './institution-icons';
import { palette } from './palette';
import { iconCoverage, iconImage, ringImage, type StyleImage } from './style-images';

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

/** A closed place's colour: its cluster's, faded half way to white. */
function closedColour(colour: string): string {
  const c = rgb(colour);
  const fade = (v: number) => Math.round(v + (255 - v) * 0.5);
  return rgb(fade(c.r), fade(c.g), fade(c.b)).formatHex();
}

/**
 * The icon of an institution: its shape, in the colour of its first cluster that is switched on;
 * faded if it had closed by the year shown (null: today).
 */
export function iconOf(inst: Institution, data: AtlasData, hiddenClusters: readonly string[], year: number | null = null): string {
  const id = inst.clusters.find((c) => !hiddenClusters.includes(c)) ?? inst.clusters[0]!;
  const colour = data.clustersById.get(id)?.color ?? FALLBACK_COLOUR;
  return iconKey(inst.category, institutionStatus(inst, year) === 'closed' ? closedColour(colour) : colour);
}

/**
 * Adds every institution icon (category × cluster colour) and the two rings to the map's images,
 * once: a cluster switched off is then a new image name per point, not a new image.
 */
export function addInstitutionImages(map: MapLibreMap, data: AtlasData): void {
  if (map.hasImage(RING.selected)) return;
  const base = [...data.clusters.map((c) => c.color), FALLBACK_COLOUR];
  const colours = [...new Set([...base, ...base.map(closedColour)])];
  // Each shape's outline is computed once and painted in each colour; categories that share a
  // shape share its images.
  const images = new Map<IconShape, StyleImage[]>();
  for (const category of Object.keys(SHAPES) as Category[]) {
    const shape = SHAPES[category];
    if (!images.has(shape)) {
      const coverage = iconCoverage(shape, ICON_STROKE.strokeWidth, ICON_SIZE, SCALE);
      images.set(
        shape,
        colours.map((colour) => iconImage(coverage, colour, ICON_STROKE.stroke)),
      );
    }
    images.get(shape)!.forEach((image, i) => map.addImage(iconKey(category, colours[i]!), image, { pixelRatio: SCALE }));
  }
  // The selected ring in full ink, the hovered one fainter.
  map.addImage(RING.selected, ringImage(RING_MAX_RADIUS * SCALE, 2.5 * SCALE, palette.outline), { pixelRatio: SCALE });
  map.addImage(RING.hovered, ringImage(RING_MAX_RADIUS * SCALE, 2.5 * SCALE, palette.outline, 140 / 255), { pixelRatio: SCALE });
}
