import proj4 from 'proj4';

proj4.defs('EPSG:25832', '+proj=utm +zone=32 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs');

/**
 * The WGS 84 coordinate written in a source excerpt, as [lon, lat]: the formats of the pages the
 * institutions were sourced from (degrees, minutes, seconds in German or English notation; decimal
 * degrees; GeoJSON and code). Undefined when none is recognised. Test-only: checks the data.
 */
export function coordinateInText(text: string): [number, number] | undefined {
  // The City of Bochum's open data (StadtBochum/OpenData): a CSV row ending in easting and northing,
  // "Koordinate Rechtswert/Hochwert ETRS/EPSG 25832" by the dataset's README.
  const utm = /"(3\d{5})";"(57\d{5})"\s*$/.exec(text);
  if (utm) return proj4('EPSG:25832', 'EPSG:4326', [Number(utm[1]), Number(utm[2])]) as [number, number];
  const geojson = /"coordinates"\s*:\s*\[\s*(-?\d+\.\d+)\s*,\s*(-?\d+\.\d+)\s*\]/.exec(text);
  if (geojson) return [Number(geojson[1]), Number(geojson[2])];
  const code = /latitude:\s*(\d+\.\d+),\s*longitude:\s*(\d+\.\d+)/.exec(text);
  if (code) return [Number(code[2]), Number(code[1])];
  const t = text
    .replace(/(\d)\.\s(\d)/g, '$1.$2') // "53. 4″"
    .replace(/(\d),(\d+)(?=\s*(″|"|°))/g, '$1.$2') // German decimal comma
    .replace(/′/g, "'")
    .replace(/″|''/g, '"');
  const n = (s: string | undefined) => (s ? Number(s) : 0);
  const part = String.raw`(\d{1,3})\s*°\s*(\d{1,2}(?:\.\d+)?)\s*'\s*(?:(\d{1,2}(?:\.\d+)?)\s*["']?\s*)?['"]?\s*`;
  const dms = new RegExp(`${part}(?:N|Nord)[\\s,:]*${part}(?:E|O|Ost)`).exec(t);
  if (dms) return [n(dms[4]) + n(dms[5]) / 60 + n(dms[6]) / 3600, n(dms[1]) + n(dms[2]) / 60 + n(dms[3]) / 3600];
  const spaced = /(\d{2}) (\d{1,2}) (\d{1,2}(?:\.\d+)?) N,? (\d{1,3}) (\d{1,2}) (\d{1,2}(?:\.\d+)?) [EO]\b/.exec(t);
  if (spaced) return [n(spaced[4]) + n(spaced[5]) / 60 + n(spaced[6]) / 3600, n(spaced[1]) + n(spaced[2]) / 60 + n(spaced[3]) / 3600];
  const minutes = /N\s*(\d{2})\s*°\s*(\d{1,2}\.\d+)\s*'\s*E\s*(\d{1,3})\s*°\s*(\d{1,2}\.\d+)\s*'/.exec(t);
  if (minutes) return [n(minutes[3]) + n(minutes[4]) / 60, n(minutes[1]) + n(minutes[2]) / 60];
  const decimal = /N\s*(\d{2}\.\d+)\s*°[\s|]*E\s*(\d{1,3}\.\d+)\s*°/.exec(t) ?? /(5\d\.\d{3,})\s*°?\s*N?[\s,/]*(\d\.\d{3,})/.exec(t);
  if (decimal) return [Number(decimal[2]), Number(decimal[1])];
  return undefined;
}
