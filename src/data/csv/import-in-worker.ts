import type { CsvImport, MunicipalityKeys } from './join-csv';

export type ImportResult = CsvImport & { encoding: string; delimiter: string };

/** Imports a CSV file in a Web Worker; resolves with the joined columns or rejects with a readable message. */
export async function importInWorker(file: File, keys: MunicipalityKeys): Promise<ImportResult> {
  const bytes = await file.arrayBuffer();
  const worker = new Worker(new URL('./csv-worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<ImportResult>((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<{ ok: true; result: ImportResult } | { ok: false; message: string }>) => {
        if (e.data.ok) resolve(e.data.result);
        else reject(new Error(e.data.message));
      };
      worker.onerror = () => reject(new Error('Die Datei konnte nicht gelesen werden / the file could not be read'));
      worker.postMessage({ bytes, ags: [...keys.ags], names: [...keys.byName] }, [bytes]);
    });
  } finally {
    worker.terminate();
  }
}
