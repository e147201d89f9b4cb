// Writes a PMTiles v3 archive (one file of map tiles, read by HTTP range requests; the format's
// spec: github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md). The pmtiles package reads such
// files but does not write them; the tile ids come from it, the byte layout is written here.
import { gzipSync } from 'node:zlib';
import { Compression, TileType, zxyToTileId } from 'pmtiles';

interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

const HEADER_BYTES = 127;
/** The header and the root directory must fit in the first 16 KiB a reader fetches. */
const ROOT_MAX = 16_384 - HEADER_BYTES;

function varint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

/** A directory as the spec lays it out: ids as deltas, run lengths, lengths, offsets (0 = follows the previous). */
function directory(entries: Entry[]): Uint8Array {
  const out: number[] = [];
  varint(out, entries.length);
  let last = 0;
  for (const e of entries) {
    varint(out, e.tileId - last);
    last = e.tileId;
  }
  for (const e of entries) varint(out, e.runLength);
  for (const e of entries) varint(out, e.length);
  entries.forEach((e, i) => {
    const previous = entries[i - 1];
    varint(out, i > 0 && previous && e.offset === previous.offset + previous.length ? 0 : e.offset + 1);
  });
  return gzipSync(Uint8Array.from(out));
}

/** The root directory, with leaf directories when the entries do not fit in the first 16 KiB. */
function directories(entries: Entry[]): { root: Uint8Array; leaves: Uint8Array } {
  const root = directory(entries);
  if (root.length <= ROOT_MAX) return { root, leaves: new Uint8Array() };
  for (let perLeaf = 4096; ; perLeaf *= 2) {
    const rootEntries: Entry[] = [];
    const leafParts: Uint8Array[] = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += perLeaf) {
      const leaf = directory(entries.slice(i, i + perLeaf));
      rootEntries.push({ tileId: entries[i]!.tileId, offset, length: leaf.length, runLength: 0 });
      leafParts.push(leaf);
      offset += leaf.length;
    }
    const r = directory(rootEntries);
    if (r.length <= ROOT_MAX) return { root: r, leaves: Buffer.concat(leafParts) };
  }
}

export interface ArchiveTile {
  z: number;
  x: number;
  y: number;
  /** The tile's bytes, gzip-compressed MVT. */
  data: Uint8Array;
}

interface ArchiveOptions {
  minZoom: number;
  maxZoom: number;
  /** [west, south, east, north]. */
  bounds: [number, number, number, number];
  metadata: Record<string, unknown>;
}

/** The archive's bytes: header, root directory, metadata, leaf directories, tile data (clustered by tile id). */
export function writePmtiles(tiles: ArchiveTile[], options: ArchiveOptions): Uint8Array {
  const sorted = tiles.map((t) => ({ ...t, tileId: zxyToTileId(t.z, t.x, t.y) })).sort((a, b) => a.tileId - b.tileId);
  const entries: Entry[] = [];
  let offset = 0;
  for (const t of sorted) {
    entries.push({ tileId: t.tileId, offset, length: t.data.length, runLength: 1 });
    offset += t.data.length;
  }
  const { root, leaves } = directories(entries);
  const metadata = gzipSync(Buffer.from(JSON.stringify(options.metadata)));
  const header = Buffer.alloc(HEADER_BYTES);
  header.write('PMTiles', 0, 'ascii');
  header.writeUInt8(3, 7);
  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.length;
  const leavesOffset = metadataOffset + metadata.length;
  const dataOffset = leavesOffset + leaves.length;
  const u64 = [
    rootOffset,
    root.length,
    metadataOffset,
    metadata.length,
    leavesOffset,
    leaves.length,
    dataOffset,
    offset,
    sorted.length,
    entries.length,
    sorted.length,
  ];
  u64.forEach((v, i) => header.writeBigUInt64LE(BigInt(v), 8 + i * 8));
  let at = 8 + u64.length * 8;
  for (const v of [1, Compression.Gzip, Compression.Gzip, TileType.Mvt, options.minZoom, options.maxZoom]) header.writeUInt8(v, at++);
  const [w, s, e, n] = options.bounds;
  for (const v of [w, s, e, n]) {
    header.writeInt32LE(Math.round(v * 1e7), at);
    at += 4;
  }
  header.writeUInt8(options.minZoom, at++);
  header.writeInt32LE(Math.round(((w + e) / 2) * 1e7), at);
  header.writeInt32LE(Math.round(((s + n) / 2) * 1e7), at + 4);
  return Buffer.concat([header, root, metadata, leaves, ...sorted.map((t) => t.data)]);
}
