/**
 * Which columns of a point file hold what, by their headings: coordinates (latitude/longitude, or
 * x/y, Rechtswert/Hochwert, easting/northing, with an EPSG code in the heading or chosen by the
 * user), a name, and the rest as candidates to filter by.
 */
import { isEpsg, type Epsg } from './coordinate-systems';

const normal = (h: string) =>
  h
    .replace(/^\ufeff/, '')
    .trim()
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/[\s.-]+/g, '_');

const LAT = /^(lat|latitude|breite|breitengrad|geo_?lat|wgs_?84_?lat|lat_?wgs_?84|y_?wgs_?84)$/;
const LON = /^(lon|lng|long|longitude|laenge|laengengrad|geo_?lon|wgs_?84_?lon|lon_?wgs_?84|x_?wgs_?84)$/;
const X = /^(x|rechtswert|rw|easting|ostwert|utm_?e|e_?utm|x_?koordinate|x_?coord(inate)?|x_?\d{4,5}|x_?epsg_?\d{4,5}|(utm|gk)_?x)$/;
const Y = /^(y|hochwert|hw|northing|nordwert|utm_?n|n_?utm|y_?koordinate|y_?coord(inate)?|y_?\d{4,5}|y_?epsg_?\d{4,5}|(utm|gk)_?y)$/;
const LABEL = /^(name|bezeichnung|firma|firmenname|unternehmen|einrichtung|titel|title|label)$/;

interface PointColumns {
  /** Column indexes of x (longitude, easting, Rechtswert) and y (latitude, northing, Hochwert). */
  x: number;
  y: number;
  /** True when the columns are named latitude/longitude. */
  geographic: boolean;
  /** An EPSG code the headings name (e.g. "x_25832"), if any. */
  epsg: Epsg | null;
  label: number | null;
  /** The other columns, in order: candidates to filter by. */
  others: number[];
}

/** The coordinate columns of a header row, or null when it has none. */
export function findPointColumns(header: readonly string[]): PointColumns | null {
  const names = header.map(normal);
  const find = (re: RegExp) => names.findIndex((n) => re.test(n));
  let x = find(LON);
  let y = find(LAT);
  const geographic = x >= 0 && y >= 0;
  if (!geographic) {
    x = find(X);
    y = find(Y);
  }
  if (x < 0 || y < 0) return null;
  const code = [names[x], names[y]].map((n) => /(\d{4,5})$/.exec(n!)?.[1]).find(Boolean);
  const epsg = code && isEpsg(Number(code)) ? (Number(code) as Epsg) : null;
  const labelAt = find(LABEL);
  const label = labelAt >= 0 ? labelAt : null;
  const others = names.map((_, i) => i).filter((i) => i !== x && i !== y && i !== label);
  return { x, y, geographic, epsg, label, others };
}

/**
 * A coordinate as written: "51.4818", "51,4818" (German decimal comma), "385123,45",
 * "5.712.345" (thousands dots). NaN for anything else, null for an empty cell.
 */
export function parseCoordinate(cell: string | undefined): number | null {
  const s = (cell ?? '').trim().replace(/[ \u00a0\u202f]/g, '');
  if (s === '') return null;
  let t = s;
  const commas = (s.match(/,/g) ?? []).length;
  const dots = (s.match(/\./g) ?? []).length;
  if (commas === 1 && dots === 0) t = s.replace(',', '.');
  else if (commas === 1 && dots >= 1 && s.lastIndexOf(',') > s.lastIndexOf('.')) t = s.replace(/\./g, '').replace(',', '.');
  else if (commas === 0 && dots > 1) t = s.replace(/\./g, '');
  else if (commas > 0) return Number.NaN;
  return /^[-+]?\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}
