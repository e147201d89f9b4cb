import { ScreenGridLayer } from '@deck.gl/aggregation-layers';
import type { Institution } from '../domain/institution';
import type { LayerInputs } from './layer-inputs';

/** Above this many visible points, a zoomed-out map shows their density instead of icons. */
export const DENSITY_THRESHOLD = 2000;
/** From this zoom on, icons are shown whatever their number (a few streets in view). */
export const DENSITY_MAX_ZOOM = 12;

/** Warm sequential ramp (light to dark), readable on the light base map. */
const RAMP: [number, number, number, number][] = [
  [254, 232, 200, 160], [253, 212, 158, 180], [253, 187, 132, 200],
  [252, 141, 89, 215], [227, 74, 51, 230], [179, 0, 0, 240],
];

/** True when the points should be drawn as a density grid at this zoom. */
export function showsDensity(inputs: Pick<LayerInputs, 'institutions' | 'zoom'>): boolean {
  return inputs.institutions.length > DENSITY_THRESHOLD && inputs.zoom < DENSITY_MAX_ZOOM;
}

/** Points counted in 24-px screen cells, so 10,000 or 100,000 of them stay readable. */
export function buildDensityLayer(inputs: LayerInputs) {
  return new ScreenGridLayer<Institution>({
    id: 'institution-density',
    data: inputs.institutions,
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
