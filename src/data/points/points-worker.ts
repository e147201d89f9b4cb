// Reads a point file off the main thread: a million rows parse, convert and are placed in their
// municipalities while the page stays responsive, with progress.
import type { MunicipalityCollection } from '../../domain/municipality';
import { serveFileWorker } from '../file-worker';
import type { Epsg } from './coordinate-systems';
import { readPointFile } from './read-point-file';

interface Request {
  file: string;
  bytes: ArrayBuffer;
  municipalities: MunicipalityCollection;
  epsg: Epsg | 'auto';
  lang: 'de' | 'en';
}

serveFileWorker<Request, ReturnType<typeof readPointFile>>(({ file, bytes, municipalities, epsg, lang }, progress) => {
  const result = readPointFile(file, new Uint8Array(bytes), municipalities, epsg, lang, progress);
  const p = result.points;
  // The typed arrays move to the page without a copy.
  const transfer = [p.positions.buffer, p.codes.buffer, p.municipality.buffer, p.lines.buffer, p.index];
  if (p.labels) transfer.push(p.labels.bytes.buffer, p.labels.ends.buffer);
  return { result, transfer: transfer as Transferable[] };
});
