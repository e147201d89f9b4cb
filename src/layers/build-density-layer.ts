import { ScreenGridLayer } from '@deck.gl/aggregation-layers';
import type { Institution } from '../domain/institution';

/** Warm sequential ramp (light to dark), readable on the light base map. */
const RAMP: [number, number, number, number][] = [
  [254, 232, 200, 160],
  [253, 212, 158, 180],
  [253, 187, 132, 200],
  [252, 141, 89, 215],
  [227, 74, 51, 230],
  [179, 0, 0, 240],
];

/**
 * Pure builder: the points counted in 24-px screen cells, so 10,000 or 100,000 of them stay
 * readable. A stable id, rebuilt on each change and diffed by deck.gl.
 */
export function buildDensityLayer(institutions: readonly Institution[]) {
  return new ScreenGridLayer<Institution>({
    id: 'institution-density',
    data: institutions,
    getPosition: (d) => d.position,
    cellSizePixels: 24,
    cellMarginPixels: 2,
    colorRange: RAMP,
    // Counted on the CPU: the GPU aggregator reads its colour domain back with readPixels in every
    // frame, a pipeline stall that cost ~200 ms per frame in software WebGL (bench, 10k points).
    gpuAggregation: false,
    pickable: false,
  });
}
