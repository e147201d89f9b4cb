import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Institution } from '../domain/institution';
import { buildDensityLayer } from './build-density-layer';

export interface DensityOverlay {
  /** Counts these points in screen cells; none: the grid is gone. */
  show: (institutions: readonly Institution[]) => void;
}

/**
 * deck.gl creates its canvas at once but its WebGL context a moment later, and sizes the drawing
 * buffer only in its first frame. Resizing a canvas whose context has work queued waits for the GPU
 * process to finish that work: with software WebGL a measured 1.2 s block of the main thread. Sized
 * like the map's canvas before the context exists, there is nothing to resize.
 */
function sizeBeforeContext(map: MapLibreMap): void {
  const canvas = map.getContainer().querySelector<HTMLCanvasElement>('canvas#deckgl-overlay');
  const mapCanvas = map.getCanvas();
  if (!canvas) return;
  canvas.width = mapCanvas.width;
  canvas.height = mapCanvas.height;
}

/**
 * deck.gl over the map, for thousands of points only (an own data set, the benchmark's synthetic
 * ones): a screen grid of counts where icons would cover each other. Its own chunk, loaded the
 * first time a grid is shown, so the atlas's own 106 institutions never load or start deck.gl.
 * `onDrawn` follows the first map frame with the grid on it.
 */
export function attachDensityOverlay(map: MapLibreMap, onDrawn: () => void): DensityOverlay {
  const overlay = new MapLibreOverlay({
    // Overlaid, not interleaved: interleaved mode was tried (one WebGL context) and measured no
    // faster here. Nothing is pickable: the grid only shows where the points are.
    interleaved: false,
    layers: [],
    onLoad: () => {
      map.once('idle', onDrawn);
      map.triggerRepaint();
    },
  });
  map.addControl(overlay);
  sizeBeforeContext(map);
  return {
    show: (institutions) => overlay.setProps({ layers: institutions.length ? [buildDensityLayer(institutions)] : [] }),
  };
}
