// Parses and joins an imported CSV off the main thread, so a large file does not freeze the page.
import { importCsv } from './import-csv';

interface Request {
  bytes: ArrayBuffer;
  ags: string[];
  names: [string, string][];
}

self.onmessage = (e: MessageEvent<Request>) => {
  try {
    const keys = { ags: new Set(e.data.ags), byName: new Map(e.data.names) };
    const result = importCsv(new Uint8Array(e.data.bytes), keys, (share) => self.postMessage({ progress: share }));
    self.postMessage({ ok: true, result });
  } catch (error) {
    self.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
