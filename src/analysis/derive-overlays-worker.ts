// Derives the overlays (turf buffers, unions, intersections: a few hundred milliseconds) off the
// main thread, so the page answers clicks while they are computed.
import { deriveOverlays, type OverlayInputs } from './derive-overlays';

self.onmessage = (e: MessageEvent<OverlayInputs>) => {
  self.postMessage(deriveOverlays(e.data));
};
