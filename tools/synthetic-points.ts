// SYNTHETIC point files for stress tests, the e2e suite and the benchmark only, never shown as real
// data: "firms" spread over the RVR municipalities in proportion to their population (Zensus 2022),
// each drawn at random inside its municipality's polygon, with a made-up sector and size class.
// The generator knows each point's municipality, so a test can check the app's counts against it.
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import bbox from '@turf/bbox';
import proj4 from 'proj4';
import { readGeodataFiles } from './read-geodata';
import { seededRandom } from './seeded-random';

/** WZ 2008 section letters and the register's size classes: realistic values, random assignment. */
const SECTORS = ['C', 'F', 'G', 'H', 'J', 'K', 'M', 'N', 'Q'];
const SIZES = ['0-9', '10-49', '50-249', '250+'];

interface SyntheticPoints {
  csv: string;
  /** AGS → number of points drawn in it. */
  perAgs: Record<string, number>;
  /** Points per sector, of the good rows. */
  perSector: Record<string, number>;
  /** Good rows (the file also has `badRows` that the import must report). */
  rows: number;
  badRows: number;
}

const UTM32 = '+proj=utm +zone=32 +ellps=GRS80 +units=m +no_defs';

/**
 * `count` SYNTHETIC firms as a German semicolon CSV with UTM 32N coordinates (EPSG:25832, decimal
 * comma) and three broken rows (no coordinate, not a number, outside the map).
 */
export function syntheticPointsCsv(count: number, seed = 7): SyntheticPoints {
  const { municipalities, population } = readGeodataFiles();
  const rnd = seededRandom(seed);
  const features = municipalities.features;
  const weights = features.map((f) => population.rows.find((p) => p.ags === f.properties.ags)?.population ?? 0);
  const total = weights.reduce((a, b) => a + b, 0);
  const toUtm = proj4('EPSG:4326', UTM32);
  const perAgs: Record<string, number> = Object.fromEntries(features.map((f) => [f.properties.ags, 0]));
  const perSector: Record<string, number> = Object.fromEntries(SECTORS.map((s) => [s, 0]));
  const lines = ['id;name;wz_abschnitt;groessenklasse;x_25832;y_25832'];
  const pick = () => {
    let r = rnd() * total;
    for (let i = 0; i < weights.length; i++) if ((r -= weights[i]!) < 0) return i;
    return weights.length - 1;
  };
  for (let i = 0; i < count; i++) {
    const f = features[pick()]!;
    const [w, s, e, n] = bbox(f);
    let p: [number, number];
    do p = [w + rnd() * (e - w), s + rnd() * (n - s)];
    while (!booleanPointInPolygon(p, f));
    const [x, y] = toUtm.forward(p) as [number, number];
    const sector = SECTORS[Math.floor(rnd() * SECTORS.length)]!;
    const size = SIZES[Math.min(3, Math.floor(rnd() ** 2.5 * 4))]!;
    perAgs[f.properties.ags]!++;
    perSector[sector]!++;
    lines.push(
      `S${i + 1};Synthetischer Betrieb ${i + 1};${sector};${size};${x.toFixed(2).replace('.', ',')};${y.toFixed(2).replace('.', ',')}`,
    );
  }
  lines.push(`S${count + 1};Synthetisch ohne Koordinate;C;0-9;;`);
  lines.push(`S${count + 2};Synthetisch kaputt;C;0-9;abc;5712345,00`);
  lines.push(`S${count + 3};Synthetisch außerhalb;C;0-9;690000,00;5330000,00`);
  return { csv: lines.join('\n') + '\n', perAgs, perSector, rows: count, badRows: 3 };
}
