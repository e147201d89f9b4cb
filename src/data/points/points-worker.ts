// Reads a point file off the main thread: a million rows parse, convert and are placed in their
// municipalities while the page stays responsive, with progress.
import type { MunicipalityCollection } from '../../domain/municipality';
import type { Epsg } from './coordinate-systems';
import { readPointFile } from './read-point-file';

interface Request {
  file: string;
  bytes: ArrayBuffer;
  municipalities: MunicipalityCollection;
  epsg: Epsg | 'auto';
  lang: 'de' | 'en';
}

self.onmessage = (e: MessageEvent<Request>) => {
  try {
    const { file, bytes, municipalities, epsg, lang } = e.data;
    const result = readPointFile(file, new Uint8Array(bytes), municipalities, epsg, lang, (share) => self.postMessage({ progress: share }));
    const p = result.points;
    self.postMessage({ ok: true, result }, [
      p.positions.buffer,
      p.codes.buffer,
      p.municipality.buffer,
      p.lines.buffer,
      p.index,
      ...(p.labels ? [p.labels.bytes.buffer, p.labels.ends.buffer] : []),
    ] as never);
  } catch (error) {
    self.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
