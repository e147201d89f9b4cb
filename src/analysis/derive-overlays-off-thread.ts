import type { AtlasData } from '../domain/atlas-data';
import type { Overlays } from './derive-overlays';
import { overlayInputs } from './overlay-inputs';

/**
 * The overlays computed in a Web Worker; where a worker cannot start, on the main thread
 * (loaded on demand either way, with turf, so the first view carries none of it).
 */
export async function deriveOverlaysOffThread(data: AtlasData): Promise<Overlays> {
  const inputs = overlayInputs(data);
  try {
    return await new Promise<Overlays>((resolve, reject) => {
      const worker = new Worker(new URL('./derive-overlays-worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (e: MessageEvent<Overlays>) => {
        worker.terminate();
        resolve(e.data);
      };
      worker.onerror = (e) => {
        worker.terminate();
        reject(new Error(e.message));
      };
      worker.postMessage(inputs);
    });
  } catch {
    const { deriveOverlays } = await import('./derive-overlays');
    return deriveOverlays(inputs);
  }
}
