// Derives the overlays (turf buffers, unions, intersections: a few hundred milliseconds) off the
// main thread, so the page answers clicks while they are computed.
import { deriveOverlays } from './derive-overlays';
import type { OverlayInputs } from './overlay-inputs';

self.onmessage = (e: MessageEvent<OverlayInputs>) => {
  self.postMessage(deriveOverlays(e.data));
};
