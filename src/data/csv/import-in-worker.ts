import { readInWorker } from '../file-worker';
import type { CsvImport, MunicipalityKeys } from './join-csv';

type ImportResult = CsvImport & { encoding: string; delimiter: string };

/**
 * Imports a CSV file in a Web Worker; resolves with the joined columns or rejects with a readable
 * message. `onProgress` gets the share of the file parsed so far.
 */
export function importInWorker(file: File, keys: MunicipalityKeys, onProgress?: (share: number) => void): Promise<ImportResult> {
  return readInWorker<ImportResult>(
    file,
    () => new Worker(new URL('./csv-worker.ts', import.meta.url), { type: 'module' }),
    (bytes) => ({ bytes, ags: [...keys.ags], names: [...keys.byName] }),
    onProgress,
  );
}
