import { kreiseOf } from '../analysis/kreise';
import { pointFilter, pointsPerMunicipality, type HiddenPointValues } from '../analysis/point-counts';
import type { AtlasData } from '../domain/atlas-data';
import { labelOf, type PointSet } from '../domain/point-set';
import { POINT_TEXTS as T } from '../i18n/point-texts';
import { pointColumnName } from '../store/points-sync';

/** Rows of the counts export: every municipality, then every Kreis with more than one, with the filter in words. */
export function pointCountRows(data: AtlasData, points: PointSet, hidden: HiddenPointValues, lang: 'de' | 'en'): string[][] {
  const ags = data.municipalities.features.map((f) => f.properties.ags);
  const { perAgs } = pointsPerMunicipality(points, hidden, ags);
  const filter = pointColumnName(points, hidden, lang);
  const rows: string[][] = [[T.level[lang], 'AGS', 'Name', T.kreis[lang], T.count[lang], T.filter[lang]]];
  for (const a of ags) {
    const m = data.byAgs.get(a)!;
    rows.push([T.municipality[lang], a, m.name, m.kreis, String(perAgs[a] ?? 0), filter]);
  }
  for (const k of kreiseOf(data.byAgs).values()) {
    const sum = k.members.reduce((s, a) => s + (perAgs[a] ?? 0), 0);
    rows.push([T.kreis[lang], k.key, k.name, k.name, String(sum), filter]);
  }
  return rows;
}

/** Rows of the points export: the shown points with their file line, WGS 84 position, municipality and values. */
export function pointRows(data: AtlasData, points: PointSet, hidden: HiddenPointValues, lang: 'de' | 'en'): string[][] {
  const features = data.municipalities.features;
  const shown = pointFilter(points, hidden);
  const k = points.columns.length;
  const coordinate = (v: number) => (lang === 'de' ? v.toFixed(6).replace('.', ',') : v.toFixed(6));
  const rows: string[][] = [
    [T.line[lang], 'lon', 'lat', 'AGS', T.municipality[lang], ...points.columns.map((c) => c.name), ...(points.labels ? ['Name'] : [])],
  ];
  for (let i = 0; i < points.count; i++) {
    if (!shown(i)) continue;
    const m = points.municipality[i]!;
    const p = m >= 0 ? features[m]!.properties : null;
    rows.push([
      String(points.lines[i]),
      coordinate(points.positions[2 * i]!),
      coordinate(points.positions[2 * i + 1]!),
      p?.ags ?? '',
      p?.name ?? T.outsideRvr[lang],
      ...points.columns.map((c, j) => c.values[points.codes[i * k + j]!] ?? ''),
      ...(points.labels ? [labelOf(points, i)] : []),
    ]);
  }
  return rows;
}
