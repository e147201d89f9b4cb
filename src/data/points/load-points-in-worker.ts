import type { MunicipalityCollection } from '../../domain/municipality';
import type { PointImportReport, PointSet } from '../../domain/point-set';
import { readInWorker } from '../file-worker';
import type { Epsg } from './coordinate-systems';

/** Reads a point file in a Web Worker; resolves with the points or rejects with a readable message. */
export function loadPointsInWorker(
  file: File,
  municipalities: MunicipalityCollection,
  epsg: Epsg | 'auto',
  lang: 'de' | 'en',
  onProgress?: (share: number) => void,
): Promise<{ points: PointSet; report: PointImportReport }> {
  return readInWorker(
    file,
    () => new Worker(new URL('./points-worker.ts', import.meta.url), { type: 'module' }),
    (bytes) => ({ file: file.name, bytes, municipalities, epsg, lang }),
    onProgress,
  );
}
