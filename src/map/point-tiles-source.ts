import * as maplibregl from 'maplibre-gl';
import { FetchSource, FileSource, PMTiles, Protocol } from 'pmtiles';
import { BELOW, POINT_TILES, pointTileLayers } from '../layers/point-tile-layers';

/**
 * A point set as one PMTiles file, read by HTTP range requests (a URL on the app's own host) or
 * from a local file by slices: only the tiles in view are read, whatever the file's size. The
 * pmtiles package's protocol serves MapLibre the tiles. Its own chunk.
 */
const protocol = new Protocol();
let added = false;

/** Registers an archive (a same-origin URL or a local file) and returns its key for `showPointTiles`. */
export async function openPointTiles(from: string | File): Promise<{ key: string; points: number | null }> {
  if (!added) {
    maplibregl.addProtocol('pmtiles', protocol.tile);
    added = true;
  }
  const archive = new PMTiles(typeof from === 'string' ? new FetchSource(new URL(from, document.baseURI).href) : new FileSource(from));
  // Read now: a wrong URL or a file that is no PMTiles gives its message here, not a blank map.
  const header = await archive.getHeader();
  if (header.tileType !== 1) throw new Error('Die Datei enthält keine Vektorkacheln / the file holds no vector tiles');
  const metadata = (await archive.getMetadata()) as { points?: number };
  protocol.add(archive);
  return { key: archive.source.getKey(), points: metadata.points ?? null };
}

/** Shows the registered archive `key` on the map, or removes the tiles (null). */
export function showPointTiles(map: maplibregl.Map, key: string | null): void {
  for (const layer of pointTileLayers()) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
  if (map.getSource(POINT_TILES.source)) map.removeSource(POINT_TILES.source);
  if (!key) return;
  map.addSource(POINT_TILES.source, { type: 'vector', url: `pmtiles://${key}` });
  for (const layer of pointTileLayers()) map.addLayer(layer, map.getLayer(BELOW) ? BELOW : undefined);
  // Read by the e2e tests: the tiles in view are drawn.
  map.once('idle', () => (map.getContainer().dataset.pointTiles = key));
}
