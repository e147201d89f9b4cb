import type { MunicipalityCollection } from '../../domain/municipality';
import type { PointImportReport, PointSet } from '../../domain/point-set';
import { MAX_CSV_BYTES, tooLargeMessage } from '../csv/csv-limits';
import type { Epsg } from './coordinate-systems';

type Result = { points: PointSet; report: PointImportReport };
type WorkerMessage = { progress: number } | { ok: true; result: Result } | { ok: false; message: string };

/** Reads a point file in a Web Worker; resolves with the points or rejects with a readable message. */
export async function loadPointsInWorker(
  file: File,
  municipalities: MunicipalityCollection,
  epsg: Epsg | 'auto',
  lang: 'de' | 'en',
  onProgress?: (share: number) => void,
): Promise<Result> {
  if (file.size > MAX_CSV_BYTES) throw new Error(tooLargeMessage(file.size));
  const bytes = await file.arrayBuffer();
  const worker = new Worker(new URL('./points-worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<Result>((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
        if ('progress' in e.data) onProgress?.(e.data.progress);
        else if (e.data.ok) resolve(e.data.result);
        else reject(new Error(e.data.message));
      };
      worker.onerror = () => reject(new Error('Die Datei konnte nicht gelesen werden / the file could not be read'));
      worker.postMessage({ file: file.name, bytes, municipalities, epsg, lang }, [bytes]);
    });
  } finally {
    worker.terminate();
  }
}
