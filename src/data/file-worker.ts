// The one protocol of the file-reading workers (a CSV of indicators, a point file): the file's
// bytes go in without copying, progress and one result or a readable message come back.
import { MAX_CSV_BYTES, tooLargeMessage } from './csv/csv-limits';

type WorkerMessage<R> = { progress: number } | { ok: true; result: R } | { ok: false; message: string };

/**
 * Reads `file` in the worker `start()` creates (created at the call site, where the bundler sees
 * its URL), sending `request(bytes)`; resolves with its result or rejects with its message.
 */
export async function readInWorker<R>(
  file: File,
  start: () => Worker,
  request: (bytes: ArrayBuffer) => object,
  onProgress?: (share: number) => void,
): Promise<R> {
  // Checked before reading: a huge file would otherwise be loaded into memory first.
  if (file.size > MAX_CSV_BYTES) throw new Error(tooLargeMessage(file.size));
  const bytes = await file.arrayBuffer();
  const worker = start();
  try {
    return await new Promise<R>((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<WorkerMessage<R>>) => {
        if ('progress' in e.data) onProgress?.(e.data.progress);
        else if (e.data.ok) resolve(e.data.result);
        else reject(new Error(e.data.message));
      };
      worker.onerror = () => reject(new Error('Die Datei konnte nicht gelesen werden / the file could not be read'));
      worker.postMessage(request(bytes), [bytes]);
    });
  } finally {
    worker.terminate();
  }
}

/**
 * The worker's side: answers each request with `work`'s result (its buffers in `transfer`, moved
 * rather than copied) or with the error's message; `progress` reports the share done.
 */
export function serveFileWorker<Q, R>(
  work: (request: Q, progress: (share: number) => void) => { result: R; transfer?: Transferable[] },
): void {
  self.onmessage = (e: MessageEvent<Q>) => {
    try {
      const { result, transfer = [] } = work(e.data, (share) => self.postMessage({ progress: share }));
      self.postMessage({ ok: true, result }, { transfer });
    } catch (error) {
      self.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  };
}
