/**
 * The coordinate reference systems a German planner's point file comes in. Definitions: the EPSG
 * registry's parameters as epsg.io gives them in proj4 notation (DHDN with the 7-parameter datum
 * shift for Germany, about a metre); proj4 knows 4326 and 3857 itself.
 */
export const COORDINATE_SYSTEMS = {
  4326: { de: 'WGS 84 (Breite/Länge)', en: 'WGS 84 (latitude/longitude)', proj: null },
  25832: { de: 'ETRS89 / UTM Zone 32N', en: 'ETRS89 / UTM zone 32N', proj: '+proj=utm +zone=32 +ellps=GRS80 +units=m +no_defs' },
  25833: { de: 'ETRS89 / UTM Zone 33N', en: 'ETRS89 / UTM zone 33N', proj: '+proj=utm +zone=33 +ellps=GRS80 +units=m +no_defs' },
  4647: {
    de: 'ETRS89 / UTM Zone 32N mit Zonenkennung (32…)',
    en: 'ETRS89 / UTM zone 32N with zone prefix (32…)',
    proj: '+proj=tmerc +lat_0=0 +lon_0=9 +k=0.9996 +x_0=32500000 +y_0=0 +ellps=GRS80 +units=m +no_defs',
  },
  31466: {
    de: 'DHDN / Gauß-Krüger Zone 2',
    en: 'DHDN / Gauss-Krüger zone 2',
    proj: '+proj=tmerc +lat_0=0 +lon_0=6 +k=1 +x_0=2500000 +y_0=0 +ellps=bessel +towgs84=598.1,73.7,418.2,0.202,0.045,-2.455,6.7 +units=m +no_defs',
  },
  31467: {
    de: 'DHDN / Gauß-Krüger Zone 3',
    en: 'DHDN / Gauss-Krüger zone 3',
    proj: '+proj=tmerc +lat_0=0 +lon_0=9 +k=1 +x_0=3500000 +y_0=0 +ellps=bessel +towgs84=598.1,73.7,418.2,0.202,0.045,-2.455,6.7 +units=m +no_defs',
  },
  3857: { de: 'Web Mercator', en: 'Web Mercator', proj: 'EPSG:3857' },
} as const;

export type Epsg = keyof typeof COORDINATE_SYSTEMS;

export const isEpsg = (code: number): code is Epsg => code in COORDINATE_SYSTEMS;

/** The system's name with its code, e.g. "ETRS89 / UTM Zone 32N (EPSG:25832)". */
export const crsName = (epsg: Epsg, lang: 'de' | 'en' = 'de') => `${COORDINATE_SYSTEMS[epsg][lang]} (EPSG:${epsg})`;

/**
 * Which system a pair of coordinates (first the x/easting/longitude column, then y) is in, by the
 * ranges each takes in and around NRW: a Gauß-Krüger Rechtswert begins with its zone's digit, a UTM
 * easting with zone prefix with 32. Null: none fits.
 */
export function guessEpsg(x: number, y: number): Epsg | null {
  if (x >= 2 && x <= 20 && y >= 45 && y <= 56) return 4326;
  if (y >= 5.2e6 && y <= 6.2e6) {
    if (x >= 1e5 && x <= 9e5) return 25832;
    if (x >= 2.3e6 && x <= 2.7e6) return 31466;
    if (x >= 3.2e6 && x <= 3.8e6) return 31467;
    if (x >= 32.1e6 && x <= 32.9e6) return 4647;
  }
  if (x >= 3e5 && x <= 1.8e6 && y >= 6.3e6 && y <= 7.1e6) return 3857;
  return null;
}
