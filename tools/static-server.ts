import { createReadStream, existsSync, statSync } from 'node:fs';
import { createGzip } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.pbf': 'application/x-protobuf',
};

export interface StaticServer {
  /** Base URL, ending in the sub-path the app is mounted at. */
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a built dist/ on 127.0.0.1 under a sub-path (default /atlas/), which also checks that
 * the build works from any sub-path. No dependency, so tests and bench share it.
 */
export async function serveStatic(dir: string, mount = '/atlas/', options: { gzip?: boolean } = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    if (!path.startsWith(mount)) {
      res.writeHead(404).end('not found');
      return;
    }
    let file = normalize(join(root, path.slice(mount.length)));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // What a production server does: text compressed, hashed assets cached for good.
    const headers: Record<string, string> = { 'content-type': type };
    if (options.gzip && path.includes('/assets/')) headers['cache-control'] = 'public, max-age=31536000, immutable';
    if (options.gzip && /text|json|javascript|svg|manifest|protobuf/.test(type) && /gzip/.test(String(req.headers['accept-encoding']))) {
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      createReadStream(file).pipe(createGzip()).pipe(res);
      return;
    }
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${mount}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
