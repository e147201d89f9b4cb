import Papa from 'papaparse';
import type { PointFilterColumn } from '../../domain/point-set';
import { crsName, guessEpsg, type Epsg } from './coordinate-systems';
import { toWgs84 } from './to-wgs84';
import { findPointColumns, parseCoordinate } from './point-columns';

/** The map's reach (its maxBounds): a point outside it is a wrong coordinate, not a far place. */
const MAP_BOUNDS = { west: 4.8, south: 50.3, east: 9.6, north: 52.7 };
/** A column with more distinct values than this is no category (deck.gl filters 32 per column with four). */
const MAX_CATEGORY_VALUES = 32;
const MAX_FILTER_COLUMNS = 4;
/** Columns followed as filter candidates (the first ones after the coordinates and the name). */
const MAX_CANDIDATES = 16;
const MAX_ISSUES = 100;

interface ParsedPoints {
  count: number;
  positions: Float64Array;
  columns: PointFilterColumn[];
  codes: Uint8Array;
  labels: string[] | null;
  lines: Uint32Array;
  crs: string;
  coordinateColumns: [string, string];
  labelColumn: string | null;
  issues: { line: number; reason: string }[];
  moreIssues: number;
}

/** A typed array that doubles when full. */
function growable<T extends Float64Array | Uint32Array | Uint8Array>(make: (n: number) => T) {
  let array = make(1 << 16);
  let length = 0;
  return {
    push(value: number) {
      if (length === array.length) {
        const bigger = make(array.length * 2);
        bigger.set(array);
        array = bigger;
      }
      array[length++] = value;
    },
    done: () => array.slice(0, length) as T,
  };
}

interface Candidate {
  column: number;
  codes: Map<string, number>;
  /** Too many distinct values: no category, no longer followed. */
  dropped: boolean;
  perRow: ReturnType<typeof growable<Uint8Array>>;
}

/**
 * A point file's text to points: the coordinate columns found by their headings, their system
 * named there, chosen (`epsg`) or recognised by its value ranges, converted to WGS 84 with proj4;
 * a row without usable coordinates is reported with its line and left out. Throws a readable
 * message when the file has no coordinate columns or no usable row.
 */
export function parsePoints(
  text: string,
  epsgChoice: Epsg | 'auto',
  lang: 'de' | 'en',
  onProgress?: (share: number) => void,
): ParsedPoints {
  const clean = text.replace(/\r\n?/g, '\n');
  let header: string[] | undefined;
  let cols: ReturnType<typeof findPointColumns> = null;
  let epsg: Epsg | null = null;
  let swapped = false;
  let checkedOrder = false;
  let convert: (x: number, y: number) => [number, number] = (x, y) => [x, y];
  const positions = growable((n) => new Float64Array(n));
  const lines = growable((n) => new Uint32Array(n));
  const labels: string[] = [];
  let candidates: Candidate[] = [];
  const issues: ParsedPoints['issues'] = [];
  let issueCount = 0;
  const issue = (line: number, reason: string) => {
    issueCount++;
    if (issues.length < MAX_ISSUES) issues.push({ line, reason });
  };
  let line = 0;
  let failure: Error | undefined;

  Papa.parse<string[]>(clean, {
    skipEmptyLines: true,
    delimitersToGuess: [';', ',', '\t', '|'],
    step: (row, parser) => {
      line++;
      const cells = row.data;
      if (!header) {
        header = cells;
        cols = findPointColumns(cells);
        if (!cols) {
          failure = new Error(
            'Keine Koordinatenspalten gefunden (erwartet: lat/lon, Breite/Länge, x/y, Rechtswert/Hochwert oder easting/northing) / no coordinate columns found',
          );
          parser.abort();
          return;
        }
        epsg = epsgChoice === 'auto' ? (cols.epsg ?? (cols.geographic ? 4326 : null)) : epsgChoice;
        if (epsg) convert = toWgs84(epsg);
        candidates = cols.others
          .slice(0, MAX_CANDIDATES)
          .map((column) => ({ column, codes: new Map(), dropped: false, perRow: growable((n) => new Uint8Array(n)) }));
        return;
      }
      const c = cols!;
      let x = parseCoordinate(cells[c.x]);
      let y = parseCoordinate(cells[c.y]);
      if (x === null || y === null) return issue(line, 'keine Koordinate / no coordinate');
      if (Number.isNaN(x) || Number.isNaN(y)) {
        const bad = Number.isNaN(x) ? cells[c.x] : cells[c.y];
        return issue(line, `„${(bad ?? '').slice(0, 30)}“ ist keine Zahl / is not a number`);
      }
      if (epsg === 4326 && epsgChoice === 'auto' && !checkedOrder) {
        // Named latitude/longitude the wrong way round (a common slip): the first row shows it.
        checkedOrder = true;
        swapped = guessEpsg(x, y) !== 4326 && guessEpsg(y, x) === 4326;
      }
      if (!epsg) {
        // The first row with numbers decides; longitude and latitude the wrong way round are turned.
        epsg = guessEpsg(x, y);
        if (!epsg && guessEpsg(y, x)) {
          epsg = guessEpsg(y, x);
          swapped = true;
        }
        if (!epsg) {
          failure = new Error(
            `Das Koordinatensystem ist nicht zu erkennen (Zeile ${line}: ${x}, ${y}); bitte wählen / the coordinate system cannot be recognised, please choose one`,
          );
          parser.abort();
          return;
        }
        convert = toWgs84(epsg);
      }
      if (swapped) [x, y] = [y, x];
      const [lon, lat] = convert(x, y);
      if (!(lon >= MAP_BOUNDS.west && lon <= MAP_BOUNDS.east && lat >= MAP_BOUNDS.south && lat <= MAP_BOUNDS.north)) {
        return issue(line, `${x}, ${y} liegt nicht im Kartenausschnitt (${crsName(epsg, 'de')}) / outside the map`);
      }
      positions.push(lon);
      positions.push(lat);
      lines.push(line);
      if (c.label !== null) labels.push((cells[c.label] ?? '').trim());
      for (const k of candidates) {
        if (k.dropped) continue;
        const value = (cells[k.column] ?? '').trim();
        let code = k.codes.get(value);
        if (code === undefined) {
          code = k.codes.size;
          k.codes.set(value, code);
          if (code >= MAX_CATEGORY_VALUES) {
            k.dropped = true;
            continue;
          }
        }
        k.perRow.push(code);
      }
      if (onProgress && line % 20_000 === 0) onProgress(row.meta.cursor / clean.length);
    },
  });
  if (failure) throw failure;
  if (!header) throw new Error('Die Datei ist leer / the file is empty');
  const finalPositions = positions.done();
  const count = finalPositions.length / 2;
  if (count === 0)
    throw new Error(
      `Keine Zeile mit brauchbaren Koordinaten / no row with usable coordinates (${issues[0]?.reason ?? 'keine Datenzeilen / no data rows'})`,
    );
  const c = cols!;
  const kept = candidates.filter((k) => !k.dropped).slice(0, MAX_FILTER_COLUMNS);
  // Values in natural order ("0-9" before "10-49", "C" before "F"); codes renumbered to match.
  const sorted = kept.map((k) => [...k.codes.keys()].sort((a, b) => a.localeCompare(b, 'de', { numeric: true })));
  const codes = new Uint8Array(count * kept.length);
  kept.forEach((k, j) => {
    const own = k.perRow.done();
    const renumber = Uint8Array.from([...k.codes.keys()].map((v) => sorted[j]!.indexOf(v)));
    for (let i = 0; i < count; i++) codes[i * kept.length + j] = renumber[own[i]!]!;
  });
  return {
    count,
    positions: finalPositions,
    columns: kept.map((k, j) => ({ name: header![k.column]!.trim(), values: sorted[j]! })),
    codes,
    labels: c.label === null ? null : labels,
    lines: lines.done(),
    crs: crsName(epsg!, lang) + (swapped ? (lang === 'de' ? ', Spalten vertauscht' : ', columns swapped') : ''),
    coordinateColumns: [header[c.x]!.trim(), header[c.y]!.trim()],
    labelColumn: c.label === null ? null : header[c.label]!.trim(),
    issues,
    moreIssues: issueCount - issues.length,
  };
}
