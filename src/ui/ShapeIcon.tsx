import type { Category } from '../domain/institution';
import { ICON_SIZE, ICON_STROKE, SHAPES, shapePath } from '../layers/institution-icons';

/**
 * A category's map icon drawn inline, for the legend. Inline SVG rather than an <img> of the data
 * URL: each SVG image is a document of its own, and six of them cost the first render ~20 ms.
 */
export function ShapeIcon({ category, fill, size }: { category: Category; fill: string; size: number }) {
  return (
    <svg width={size} height={size} viewBox={`0 0 ${ICON_SIZE} ${ICON_SIZE}`} aria-hidden="true" focusable="false">
      <path d={shapePath(SHAPES[category])} fill={fill} {...ICON_STROKE} />
    </svg>
  );
}
