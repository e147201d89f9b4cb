import KDBush from 'kdbush';
import { locateInMunicipalities } from '../../analysis/municipality-locator';
import type { MunicipalityCollection } from '../../domain/municipality';
import { packLabels, type PointImportReport, type PointSet } from '../../domain/point-set';
import { decodeText } from '../csv/decode-text';
import { MAX_CSV_BYTES, tooLargeMessage } from '../csv/csv-limits';
import type { Epsg } from './coordinate-systems';
import { parsePoints } from './parse-points';

/**
 * A point file's bytes to a point set and a report of what was read: decoded, parsed, each point
 * placed in its municipality, and a spatial index built for picking. Parsing is the first 80 % of
 * the progress, placing the rest.
 */
export function readPointFile(
  file: string,
  bytes: Uint8Array,
  municipalities: MunicipalityCollection,
  epsg: Epsg | 'auto',
  lang: 'de' | 'en',
  onProgress?: (share: number) => void,
): { points: PointSet; report: PointImportReport } {
  if (bytes.length === 0) throw new Error('Die Datei ist leer / the file is empty');
  if (bytes.length > MAX_CSV_BYTES) throw new Error(tooLargeMessage(bytes.length));
  let text: string;
  try {
    text = decodeText(bytes).text;
  } catch {
    throw new Error('Das ist keine Textdatei (CSV) / this is not a text (CSV) file');
  }
  const parsed = parsePoints(text, epsg, lang, (share) => onProgress?.(share * 0.8));
  const municipality = locateInMunicipalities(municipalities, parsed.positions, (share) => onProgress?.(0.8 + share * 0.2));
  const index = new KDBush(parsed.count, 64, Float64Array);
  for (let i = 0; i < parsed.count; i++) index.add(parsed.positions[2 * i]!, parsed.positions[2 * i + 1]!);
  index.finish();
  let outsideRegion = 0;
  for (const m of municipality) if (m < 0) outsideRegion++;
  return {
    points: {
      file,
      count: parsed.count,
      positions: parsed.positions,
      columns: parsed.columns,
      codes: parsed.codes,
      municipality,
      labels: parsed.labels ? packLabels(parsed.labels) : null,
      lines: parsed.lines,
      index: index.data as ArrayBuffer,
    },
    report: {
      rows: parsed.count,
      crs: parsed.crs,
      coordinateColumns: parsed.coordinateColumns,
      labelColumn: parsed.labelColumn,
      outsideRegion,
      issues: parsed.issues,
      moreIssues: parsed.moreIssues,
    },
  };
}
