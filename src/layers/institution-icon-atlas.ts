import type { Category } from '../domain/institution';
import { ICON_SIZE, ICON_STROKE, SHAPES } from '../lib/institution-icons';

/** Device pixels per icon pixel: icons are drawn at up to 28 px, so 2× stays sharp on HiDPI. */
const SCALE = 2;
const CELL = ICON_SIZE * SCALE;
/** Empty pixels around each cell, so mipmaps at small sizes do not bleed into the neighbour. */
const GAP = 4;

export interface IconAtlas {
  atlas: HTMLCanvasElement;
  mapping: Record<string, { x: number; y: number; width: number; height: number; mask: false }>;
}

/** The atlas key of an icon: one cell per category and fill colour. */
export const iconKey = (category: Category, colour: string) => `${category}|${colour}`;

/**
 * Every institution icon (category × cluster colour) drawn once, synchronously, into one canvas.
 * deck.gl's auto-packing would instead load each icon as an image, one by one and after the first
 * frame, and re-upload its texture and recompute all points' icons as each arrives; with a
 * pre-packed atlas a colour change is a lookup per point.
 */
function drawAtlas(colours: string[]): IconAtlas {
  const categories = Object.keys(SHAPES) as Category[];
  const columns = categories.length;
  const canvas = document.createElement('canvas');
  canvas.width = columns * (CELL + GAP);
  canvas.height = colours.length * (CELL + GAP);
  const ctx = canvas.getContext('2d')!;
  const mapping: IconAtlas['mapping'] = {};
  ctx.strokeStyle = ICON_STROKE.stroke;
  ctx.lineWidth = ICON_STROKE.strokeWidth;
  ctx.lineJoin = ICON_STROKE.strokeLinejoin;
  colours.forEach((colour, row) => {
    categories.forEach((category, column) => {
      const x = column * (CELL + GAP);
      const y = row * (CELL + GAP);
      const path = new Path2D(SHAPES[category]);
      ctx.setTransform(SCALE, 0, 0, SCALE, x, y);
      ctx.fillStyle = colour;
      ctx.fill(path);
      ctx.stroke(path);
      mapping[iconKey(category, colour)] = { x, y, width: CELL, height: CELL, mask: false };
    });
  });
  return { atlas: canvas, mapping };
}

const atlases = new Map<string, IconAtlas>();

/** The atlas for these colours, drawn on first use and then kept: the same canvas keeps deck.gl's texture. */
export function institutionIconAtlas(colours: string[]): IconAtlas {
  const key = colours.join();
  let atlas = atlases.get(key);
  if (!atlas) {
    atlas = drawAtlas(colours);
    atlases.set(key, atlas);
  }
  return atlas;
}
