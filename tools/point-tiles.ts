// Point sets too large for one browser's memory (several million) as one PMTiles file of vector
// tiles, for any static host: zoomed out, the points are clustered (supercluster, built once,
// here), each cluster with its count; from `maxZoom` on every point is its own feature with its
// values. `npm run points:tiles -- in.csv out.pmtiles` (build-point-tiles.ts).
import { gzipSync } from 'node:zlib';
import Supercluster from 'supercluster';
import { fromGeojsonVt } from 'vt-pbf';
import { labelOf, type PackedLabels, type PointFilterColumn } from '../src/domain/point-set';
import { writePmtiles, type ArchiveTile } from './pmtiles-archive';

/** The source layer's name inside the tiles (the map's layers read it). */
export const POINT_TILE_LAYER = 'points';
/** Tile coordinates per tile side: supercluster's default, its radius counts in them (a 512 px tile). */
export const TILE_EXTENT = 512;

interface TilePoints {
  count: number;
  positions: Float64Array;
  columns: PointFilterColumn[];
  codes: Uint8Array;
  labels: PackedLabels | null;
}

const lon2x = (lon: number, z: number) => Math.floor(((lon + 180) / 360) * 2 ** z);
const lat2y = (lat: number, z: number) => {
  const r = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
};

export function pointTilesArchive(points: TilePoints, minZoom = 7, maxZoom = 14): { archive: Uint8Array; tiles: number } {
  const k = points.columns.length;
  const features = Array.from({ length: points.count }, (_, i) => {
    const properties: Record<string, string> = {};
    points.columns.forEach((c, j) => (properties[c.name] = c.values[points.codes[i * k + j]!] ?? ''));
    if (points.labels) properties.name = labelOf(points, i);
    return {
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [points.positions[2 * i]!, points.positions[2 * i + 1]!] },
      properties,
    };
  });
  const index = new Supercluster({ radius: 60, extent: TILE_EXTENT, minZoom, maxZoom: maxZoom - 1 }).load(features);
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < points.count; i++) {
    w = Math.min(w, points.positions[2 * i]!);
    e = Math.max(e, points.positions[2 * i]!);
    s = Math.min(s, points.positions[2 * i + 1]!);
    n = Math.max(n, points.positions[2 * i + 1]!);
  }
  const tiles: ArchiveTile[] = [];
  for (let z = minZoom; z <= maxZoom; z++) {
    for (let x = lon2x(w, z); x <= lon2x(e, z); x++) {
      for (let y = lat2y(n, z); y <= lat2y(s, z); y++) {
        const tile = index.getTile(z, x, y);
        if (!tile || tile.features.length === 0) continue;
        tiles.push({ z, x, y, data: gzipSync(fromGeojsonVt({ [POINT_TILE_LAYER]: tile }, { version: 2, extent: TILE_EXTENT })) });
      }
    }
  }
  const archive = writePmtiles(tiles, {
    minZoom,
    maxZoom,
    bounds: [w, s, e, n],
    metadata: {
      name: 'Clusteratlas Ruhr point tiles',
      vector_layers: [
        {
          id: POINT_TILE_LAYER,
          minzoom: minZoom,
          maxzoom: maxZoom,
          fields: Object.fromEntries(points.columns.map((c) => [c.name, 'String'])),
        },
      ],
      points: points.count,
      columns: points.columns,
    },
  });
  return { archive, tiles: tiles.length };
}
