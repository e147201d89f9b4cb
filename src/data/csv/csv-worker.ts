// Parses and joins an imported CSV off the main thread, so a large file does not freeze the page.
import { serveFileWorker } from '../file-worker';
import { importCsv } from './import-csv';

interface Request {
  bytes: ArrayBuffer;
  ags: string[];
  names: [string, string][];
}

serveFileWorker<Request, ReturnType<typeof importCsv>>((request, progress) => {
  const keys = { ags: new Set(request.ags), byName: new Map(request.names) };
  return { result: importCsv(new Uint8Array(request.bytes), keys, progress) };
});
