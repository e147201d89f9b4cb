// `npm run points:tiles -- in.csv out.pmtiles [EPSG]`: a point CSV (the app's own reader: the
// same columns, coordinate systems and row checks) as one PMTiles file of clustered vector tiles.
import { readFileSync, writeFileSync } from 'node:fs';
import { decodeText } from '../src/data/csv/decode-text';
import { isEpsg } from '../src/data/points/coordinate-systems';
import { parsePoints } from '../src/data/points/parse-points';
import { packLabels } from '../src/domain/point-set';
import { pointTilesArchive } from './point-tiles';

const [input, output, epsgArg] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: npm run points:tiles -- in.csv out.pmtiles [EPSG]');
  process.exit(2);
}
const epsg = epsgArg && isEpsg(Number(epsgArg)) ? (Number(epsgArg) as never) : 'auto';
const start = performance.now();
const points = parsePoints(decodeText(new Uint8Array(readFileSync(input))).text, epsg, 'de');
console.log(
  `${points.count.toLocaleString('de-DE')} Punkte gelesen (${points.crs}); ${points.issues.length + points.moreIssues} Zeilen mit Fehlern`,
);
const { archive, tiles } = pointTilesArchive({ ...points, labels: points.labels ? packLabels(points.labels) : null });
writeFileSync(output, archive);
console.log(`${output}: ${tiles} Kacheln, ${(archive.length / 1e6).toFixed(1)} MB, ${((performance.now() - start) / 1000).toFixed(1)} s`);
