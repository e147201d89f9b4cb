// Loaded with the first CSV a user imports: tells a point file from a table of municipalities and
// reads it in a worker. Not in the first view's bundle.
import type { AtlasData } from '../domain/atlas-data';
import type { PointImportReport } from '../domain/point-set';
import { formatNumber } from '../i18n/i18n';
import { POINT_TEXTS as T } from '../i18n/point-texts';
import { findPointColumns } from '../data/points/point-columns';
import type { Epsg } from '../data/points/coordinate-systems';
import { loadPointsInWorker } from '../data/points/load-points-in-worker';
import { useAppStore } from '../store/app-store';
import { startPointsSync } from '../store/points-sync';

/** Whether the file's first line names coordinate columns (lat/lon, x/y, Rechtswert/Hochwert …). */
export function isPointFile(head: string): boolean {
  const first = head.replace(/^\ufeff|^ï»¿/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [';', '\t', ',', '|'].find((d) => first.includes(d));
  return delimiter !== undefined && findPointColumns(first.split(delimiter).map((h) => h.replace(/^"|"$/g, ''))) !== null;
}

let syncing: WeakSet<AtlasData> | undefined;

/** Reads the points and puts them in the store (the map draws them, the counts colour it). */
export async function importPoints(
  file: File,
  data: AtlasData,
  epsg: Epsg | 'auto',
  lang: 'de' | 'en',
  onProgress: (share: number) => void,
): Promise<PointImportReport & { summary: string }> {
  const { points, report } = await loadPointsInWorker(file, data.municipalities, epsg, lang, onProgress);
  syncing ??= new WeakSet();
  if (!syncing.has(data)) {
    syncing.add(data);
    startPointsSync(data);
  }
  useAppStore.getState().setPoints(points, report);
  const n = (v: number) => formatNumber(lang, v);
  const summary = T.read[lang]
    .replace('{rows}', n(report.rows))
    .replace('{crs}', report.crs)
    .replace('{x}', report.coordinateColumns[0])
    .replace('{y}', report.coordinateColumns[1])
    .replace('{label}', report.labelColumn ? T.labelColumn[lang].replace('{column}', report.labelColumn) : '')
    .replace('{outside}', n(report.outsideRegion));
  return { ...report, summary };
}

/** Opens a PMTiles point archive (a URL on this host, or a local file) and shows it on the map. */
export async function importPointTiles(from: string | File, lang: 'de' | 'en'): Promise<string> {
  const { openPointTiles } = await import('../map/point-tiles-source');
  const { key, points } = await openPointTiles(from);
  const label = typeof from === 'string' ? from : from.name;
  useAppStore.getState().setPointTiles({ key, label });
  return T.tiles[lang].replace('{points}', points === null ? '?' : formatNumber(lang, points));
}
