import { gunzipSync } from 'node:zlib';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { Compression, PMTiles, type Source } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { readPointFile } from '../../src/data/points/read-point-file';
import { readGeodataFiles } from '../../tools/read-geodata';
import { POINT_TILE_LAYER, TILE_EXTENT, pointTilesArchive } from '../../tools/point-tiles';
import { syntheticPointsCsv } from '../../tools/synthetic-points';

/** The archive read as a static host serves it: by byte ranges. */
const bufferSource = (bytes: Uint8Array): Source => ({
  getKey: () => 'test.pmtiles',
  getBytes: async (offset, length) => ({ data: new Uint8Array(bytes.subarray(offset, offset + length)).buffer }),
});
const gunzip = async (buf: ArrayBuffer, compression: Compression) =>
  compression === Compression.Gzip ? new Uint8Array(gunzipSync(new Uint8Array(buf))).buffer : buf;

describe('PMTiles of a SYNTHETIC point file: clustered zoomed out, every point at the last zoom', async () => {
  const { municipalities } = readGeodataFiles();
  const file = syntheticPointsCsv(20_000);
  const { points } = readPointFile('s.csv', new TextEncoder().encode(file.csv), municipalities, 'auto', 'de');
  const { archive, tiles } = pointTilesArchive(points);
  const pm = new PMTiles(bufferSource(archive), undefined, gunzip);
  const header = await pm.getHeader();

  /** Points in a zoom level's tiles: a cluster counts its points. */
  async function pointsAt(z: number): Promise<{ points: number; features: number }> {
    let sum = 0;
    let features = 0;
    const lon2x = (lon: number) => Math.floor(((lon + 180) / 360) * 2 ** z);
    const lat2y = (lat: number) => {
      const r = (lat * Math.PI) / 180;
      return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
    };
    for (let x = lon2x(header.minLon); x <= lon2x(header.maxLon); x++) {
      for (let y = lat2y(header.maxLat); y <= lat2y(header.minLat); y++) {
        const tile = await pm.getZxy(z, x, y);
        if (!tile) continue;
        const layer = new VectorTile(new PbfReader(new Uint8Array(tile.data)) as never).layers[POINT_TILE_LAYER]!;
        for (let i = 0; i < layer.length; i++) {
          const props = layer.feature(i).properties;
          // A point of the file has no count; a cluster's may sit on a tile's buffer twice, so only its own tile counts.
          const p = layer.feature(i).loadGeometry()[0]![0]!;
          if (p.x < 0 || p.y < 0 || p.x >= TILE_EXTENT || p.y >= TILE_EXTENT) continue;
          sum += typeof props.point_count === 'number' ? props.point_count : 1;
          features++;
        }
      }
    }
    return { points: sum, features };
  }

  it('has a valid header: zooms 7 to 14, the points’ bounds, MVT tiles', () => {
    expect(header.specVersion).toBe(3);
    expect([header.minZoom, header.maxZoom]).toEqual([7, 14]);
    expect(header.numAddressedTiles).toBe(tiles);
    expect(header.minLon).toBeGreaterThan(6.3);
    expect(header.maxLon).toBeLessThan(8);
  });

  it('holds every point at zoom 14 with its values, and all of them as clusters at zoom 7', async () => {
    const z14 = await pointsAt(14);
    expect(z14).toEqual({ points: 20_000, features: 20_000 });
    const z7 = await pointsAt(7);
    expect(z7.points).toBe(20_000);
    // Clustered: a few hundred features stand for twenty thousand points.
    expect(z7.features).toBeLessThan(2_000);
  });

  it('keeps the values of the filter columns on each point', async () => {
    const metadata = (await pm.getMetadata()) as { points: number; columns: { name: string }[] };
    expect(metadata.points).toBe(20_000);
    expect(metadata.columns.map((c) => c.name)).toEqual(['wz_abschnitt', 'groessenklasse']);
  });
});
