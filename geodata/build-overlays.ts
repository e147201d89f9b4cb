// `npm run overlays`: derives the corridor bands (with the municipalities and institutions in each)
// and the cluster focus areas from the data files here, with the app's analysis code
// (geodata/overlays/derive-overlays.ts), and writes them to derived-overlays.json. Derived once here
// instead of in every browser: 0.8 s of turf in node, 0.5–1.6 s in a worker on each visit, and an
// 84 KB (gzip) chunk of geometry code. A unit test fails when the file is not what the data gives.
import { writeFileSync } from 'node:fs';
import { deriveOverlays } from './overlays/derive-overlays';
import type { Overlays } from '../src/domain/overlays';
import { indexMunicipalities } from '../src/data/validate-municipalities';
import { readGeodataFiles } from '../tools/read-geodata';

/** 5 decimals (about 1 m), as the geometry files; the shares are computed before rounding. */
const round = (x: number) => Math.round(x * 1e5) / 1e5;
const roundDeep = <T>(coords: T): T =>
  (Array.isArray(coords) ? coords.map(roundDeep) : typeof coords === 'number' ? round(coords) : coords) as T;
const roundArea = <F extends { geometry: { coordinates: unknown } }>(f: F): F => ({
  ...f,
  geometry: { ...f.geometry, coordinates: roundDeep(f.geometry.coordinates) },
});

export interface DerivedOverlaysFile extends Overlays {
  note: string;
  /** What the bands were derived with, so the app can tell a file left over from other data. */
  band_km: number;
  anchors: Record<string, string[]>;
}

/** What derived-overlays.json must hold for the data files as they are. */
export function deriveShippedOverlays(): DerivedOverlaysFile {
  const { municipalities, institutions, clusters, corridors } = readGeodataFiles();
  const overlays = deriveOverlays({
    municipalities,
    byAgs: indexMunicipalities(municipalities),
    institutions,
    clusters: clusters.clusters,
    corridors: corridors.corridors,
    corridorBandKm: corridors.bandKm,
  });
  return {
    note: 'Berechnet, nicht erhoben / computed, not surveyed: geodata/build-overlays.ts aus/from ruhr-municipalities.geojson, institutions.geojson, clusters.json, corridors.json',
    band_km: corridors.bandKm,
    anchors: Object.fromEntries(corridors.corridors.map((c) => [c.id, c.anchorsAgs])),
    corridors: overlays.corridors.map((c) => ({ ...c, band: roundArea(c.band) })),
    clusterAreas: overlays.clusterAreas.map((a) => ({ ...a, area: roundArea(a.area) })),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = new URL('derived-overlays.json', import.meta.url);
  writeFileSync(file, `${JSON.stringify(deriveShippedOverlays())}\n`);
  console.log(`wrote ${file.pathname}`);
}
