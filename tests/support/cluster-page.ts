import { readFileSync } from 'node:fs';
import type { PNG } from 'pngjs';
import { expect } from 'vitest';

// What the e2e tests of clusters, institutions and corridors share: the data files' rows, and how to
// read the map's picture (where a place lands, whether a name is legible, the selection ring).

interface Row {
  properties: { id: string; name: string };
  geometry: { coordinates: [number, number] };
}
export const institutions = (JSON.parse(readFileSync('geodata/institutions.geojson', 'utf8')) as { features: Row[] }).features;
export const clusters = (JSON.parse(readFileSync('geodata/clusters.json', 'utf8')) as { clusters: { id: string }[] }).clusters;

/** The institution farthest from any other: clicking it cannot hit a neighbour. */
export function loneInstitution(): Row {
  const d = (a: Row, b: Row) =>
    Math.hypot(a.geometry.coordinates[0] - b.geometry.coordinates[0], a.geometry.coordinates[1] - b.geometry.coordinates[1]);
  return institutions
    .map((r) => ({ r, nearest: Math.min(...institutions.filter((o) => o !== r).map((o) => d(r, o))) }))
    .sort((a, b) => b.nearest - a.nearest)[0]!.r;
}

export const municipalities = (
  JSON.parse(readFileSync('geodata/ruhr-municipalities.geojson', 'utf8')) as {
    features: { properties: { ags: string; name: string; label_lon: number; label_lat: number } }[];
  }
).features;
export const corridors = (JSON.parse(readFileSync('geodata/corridors.json', 'utf8')) as { corridors: { id: string }[] }).corridors;

/** Where a point lands in the map's screenshot for a view (Web Mercator, MapLibre's 512 px tiles). */
export function screenPoint(view: { zoom: number; lat: number; lon: number }, png: PNG, lon: number, lat: number): [number, number] {
  const merc = (lo: number, la: number) => [(lo + 180) / 360, (1 - Math.log(Math.tan(Math.PI / 4 + (la * Math.PI) / 360)) / Math.PI) / 2];
  const scale = 512 * 2 ** view.zoom;
  const [cx, cy] = merc(view.lon, view.lat);
  const [px, py] = merc(lon, lat);
  return [Math.round(png.width / 2 + (px! - cx!) * scale), Math.round(png.height / 2 + (py! - cy!) * scale)];
}

const lum = (png: PNG, i: number) => 0.3 * png.data[i]! + 0.59 * png.data[i + 1]! + 0.11 * png.data[i + 2]!;

/**
 * How much of the name drawn around (x0, y0) in `before` is still readable in `after`, where it may
 * have moved up to 70 px: the best share of its dark letter pixels that are dark in `after` at one
 * common shift. A name covered by a light box keeps few.
 */
export function legibleNear(before: PNG, after: PNG, x0: number, y0: number): number {
  const letters: [number, number][] = [];
  for (let y = y0 - 14; y <= y0 + 14; y++) {
    for (let x = x0 - 60; x <= x0 + 60; x++) if (lum(before, (y * before.width + x) * 4) < 110) letters.push([x, y]);
  }
  expect(letters.length).toBeGreaterThan(50);
  let best = 0;
  for (let dy = -40; dy <= 40; dy++) {
    for (let dx = -70; dx <= 70; dx++) {
      let kept = 0;
      for (const [x, y] of letters) {
        const [sx, sy] = [x + dx, y + dy];
        if (sx >= 0 && sy >= 0 && sx < after.width && sy < after.height && lum(after, (sy * after.width + sx) * 4) < 140) kept++;
      }
      best = Math.max(best, kept / letters.length);
    }
  }
  return best;
}

/**
 * A spot on the BioMed triangle's edge from Witten to Dortmund (the band runs along the line
 * between their interior points), at least 1.5 km from every institution.
 */
export function triangleSpot(): [number, number] {
  const at = (ags: string) => municipalities.find((f) => f.properties.ags === ags)!.properties;
  const [w, d] = [at('05954036'), at('05913000')];
  const km = (a: [number, number], b: [number, number]) => Math.hypot((a[0] - b[0]) * 69.4, (a[1] - b[1]) * 111.2);
  for (let t = 0.2; t <= 0.8; t += 0.05) {
    const p: [number, number] = [w.label_lon + t * (d.label_lon - w.label_lon), w.label_lat + t * (d.label_lat - w.label_lat)];
    if (institutions.every((i) => km(p, i.geometry.coordinates) > 1.5)) return p;
  }
  throw new Error('no free spot on the Witten–Dortmund edge');
}

/** Dark ink pixels in a ring 17–22 px around the centre of the map: the selection ring. */
export function inkAroundCentre(png: PNG): number {
  let n = 0;
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const d = Math.hypot(x - png.width / 2, y - png.height / 2);
      const i = (y * png.width + x) * 4;
      if (d >= 17 && d <= 22 && png.data[i]! < 110 && png.data[i + 1]! < 110 && png.data[i + 2]! < 110) n++;
    }
  }
  return n;
}

/** IT security blue (#0072B2), also when hatched over the light base: blue well above red and green. */
export const isBlue = (r: number, g: number, b: number) => b > r + 60 && b > g + 20;

/**
 * The dark letter pixels of a name near (x0, y0) in `names` (icons faded out), and the share of them
 * that are the same in `both` (icons shown): an icon drawn over a letter changes it.
 */
export function lettersKept(names: PNG, both: PNG, x0: number, y0: number, dy = 50, dx = 90): { letters: number; kept: number } {
  const same = (i: number) => [0, 1, 2].every((k) => Math.abs(names.data[i + k]! - both.data[i + k]!) < 40);
  let letters = 0;
  let kept = 0;
  for (let y = y0 - dy; y <= y0 + dy; y++) {
    for (let x = x0 - dx; x <= x0 + dx; x++) {
      const i = (y * names.width + x) * 4;
      if (lum(names, i) >= 110) continue;
      letters++;
      if (same(i)) kept++;
    }
  }
  return { letters, kept: kept / Math.max(1, letters) };
}
