import type { Map as MapLibreMap } from 'maplibre-gl';

/** Longest wait: past it the work goes ahead anyway. */
const MAX_WAIT_MS = 1500;

/**
 * Resolves once the GPU has done all the drawing the map has asked of it so far, found by a fence
 * polled once a frame (never a blocking wait). Why: a layer that needs a new shader program makes
 * MapLibre link it and ask for its status, a call that waits for everything the GPU process still
 * has to draw; in software WebGL that is the whole previous frame, 100–450 ms of a frozen page.
 * Adding such layers once the GPU has caught up shortens that wait; frames drawn in between (the
 * corridor bands arriving, say) can still leave it some (measured: Lighthouse desktop blocking
 * time 696 → 546 ms, interleaved median of 5).
 */
export function gpuSettled(map: MapLibreMap): Promise<void> {
  const gl = map.getCanvas().getContext('webgl2');
  const sync = gl?.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
  if (!gl || !sync) return Promise.resolve();
  gl.flush();
  const started = performance.now();
  return new Promise((resolve) => {
    const poll = () => {
      if (gl.isContextLost() || gl.getSyncParameter(sync, gl.SYNC_STATUS) === gl.SIGNALED || performance.now() - started > MAX_WAIT_MS) {
        if (!gl.isContextLost()) gl.deleteSync(sync);
        resolve();
      } else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
}
