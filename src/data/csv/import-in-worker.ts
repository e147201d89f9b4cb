import type { CsvImport, MunicipalityKeys } from './join-csv';
import { MAX_CSV_BYTES, tooLargeMessage } from './csv-limits';

type ImportResult = CsvImport & { encoding: string; delimiter: string };

type WorkerMessage = { progress: number } | { ok: true; result: ImportResult } | { ok: false; message: string };

/**
 * Imports a CSV file in a Web Worker; resolves with the joined columns or rejects with a readable
 * message. `onProgress` gets the share of the file parsed so far.
 */
export async function importInWorker(file: File, keys: MunicipalityKeys, onProgress?: (share: number) => void): Promise<ImportResult> {
  // Checked before reading: a huge file would otherwise be loaded into memory first.
  if (file.size > MAX_CSV_BYTES) throw new Error(tooLargeMessage(file.size));
  const bytes = await file.arrayBuffer();
  const worker = new Worker(new URL('./csv-worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<ImportResult>((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
        if ('progress' in e.data) onProgress?.(e.data.progress);
        else if (e.data.ok) resolve(e.data.result);
        else reject(new Error(e.data.message));
      };
      worker.onerror = () => reject(new Error('Die Datei konnte nicht gelesen werden / the file could not be read'));
      worker.postMessage({ bytes, ags: [...keys.ags], names: [...keys.byName] }, [bytes]);
    });
  } finally {
    worker.terminate();
  }
}
