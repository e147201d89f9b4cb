// `npm run bench`: bytes and time to first complete map render of the built app, against the
// floor (a plain MapLibre page with the same municipalities), measured interleaved in one run.
import { execFileSync } from 'node:child_process';
import { launchChromium } from '../tools/browser';
import { serveStatic } from '../tools/static-server';
import { measureFirstView, type FirstView } from './first-view';
import { benchCsv } from './csv-bench';
import { benchEmployment } from './employment-bench';
import { benchSearch } from './search-bench';
import { runLighthouse } from './lighthouse';
import { benchPoints, printPoints } from './points-bench';
import { benchPointImport, printPointImport } from './point-import-bench';

/** Every budget of issue #8, checked at the end; any over makes the run exit with code 1. */
const budgets: { name: string; value: string; target: string; ok: boolean }[] = [];
const budget = (name: string, value: string, target: string, ok: boolean) => budgets.push({ name, value, target, ok });

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const KB = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

execFileSync('npx', ['vite', 'build', '--config', 'bench/vite.floor.config.ts', '--logLevel', 'error'], { stdio: 'inherit' });
execFileSync('npx', ['vite', 'build', '--config', 'bench/vite.layers.config.ts', '--logLevel', 'error'], { stdio: 'inherit' });
execFileSync('npx', ['vite', 'build', '--config', 'bench/vite.peer.config.ts', '--logLevel', 'error'], { stdio: 'inherit' });

const app = await serveStatic('dist');
const floor = await serveStatic('bench-dist/floor');
const layers = await serveStatic('bench-dist/layers');
const peer = await serveStatic('bench-dist/peer');
const browser = await launchChromium();

const appRuns: FirstView[] = [];
const floorRuns: FirstView[] = [];
// Warm-up of both (disk cache of the OS, Chromium's shader compilers), then interleave.
await measureFirstView(browser, floor.url, 'bench-dist/floor', floor.url, '[data-map-idle="true"]');
await measureFirstView(browser, app.url, 'dist', app.url, '[data-map-idle="true"]');
for (let i = 0; i < RUNS; i++) {
  floorRuns.push(await measureFirstView(browser, floor.url, 'bench-dist/floor', floor.url, '[data-map-idle="true"]'));
  appRuns.push(await measureFirstView(browser, app.url, 'dist', app.url, '[data-map-idle="true"]', true));
}
// The point layers against the plain deck.gl peer, interleaved per size (issue #29).
// 0: the same pages without points, the floor of the per-frame figures.
const POINT_SIZES = (process.env.BENCH_POINTS ?? '0,10000,100000,1000000').split(',').map(Number);
const pointResults = await benchPoints(browser, layers.url, peer.url, POINT_SIZES);
const pointImport = await benchPointImport(browser, app.url, Number(process.env.BENCH_IMPORT_ROWS ?? 1_000_000));

await browser.close();
await app.close();
await floor.close();
await layers.close();
await peer.close();

const appMs = median(appRuns.map((r) => r.renderMs));
const floorMs = median(floorRuns.map((r) => r.renderMs));
const a = appRuns[0]!.bytes;
const f = floorRuns[0]!.bytes;

console.log('\nClusteratlas Ruhr benchmark (headless Chromium, software WebGL)\n');
console.log('First view bytes            app raw     app gzip    floor gzip');
for (const kind of ['js', 'data', 'other'] as const) {
  console.log(`  ${kind.padEnd(26)}${KB(a[kind].raw).padStart(10)}${KB(a[kind].gzip).padStart(12)}${KB(f[kind].gzip).padStart(13)}`);
}
console.log(`\nFirst complete map render (median of ${RUNS}, interleaved)`);
console.log(`  app    ${appMs.toFixed(0)} ms   runs: ${appRuns.map((r) => r.renderMs.toFixed(0)).join(', ')}`);
console.log(`  floor  ${floorMs.toFixed(0)} ms   runs: ${floorRuns.map((r) => r.renderMs.toFixed(0)).join(', ')}`);
console.log(`  ratio  ${(appMs / floorMs).toFixed(2)}× the floor (target ≤ 1.2×)`);
const layersRuns = appRuns.map((r) => r.layersMs!);
console.log(
  `  then the data layers drawn (institutions and corridor bands, loaded after that render): ${median(layersRuns).toFixed(0)} ms   runs: ${layersRuns.map((x) => x.toFixed(0)).join(', ')}`,
);
// The brief's budget with React 19 (a plain MapLibre + deck.gl + React page is about 740 KB).
budget('first-load JS (gzip)', KB(a.js.gzip), '≤ 540 KB', a.js.gzip <= 540 * 1024);
budget('first complete render', `${appMs.toFixed(0)} ms`, '< 1200 ms', appMs < 1200);
budget('first render / floor', `${(appMs / floorMs).toFixed(2)}×`, '≤ 1.2×', appMs / floorMs <= 1.2);

printPoints(pointResults);
const largest = pointResults.at(-1);
if (largest) {
  const med = (xs: { scriptMs: number; ownScriptMs: number; frames: number }[], k: 'scriptMs' | 'ownScriptMs' | 'frames') =>
    median(xs.map((x) => x[k]));
  const n = largest.n.toLocaleString('en');
  // The points' own share: MapLibre's, the rest, is there without points too (see printPoints).
  budget(
    `pan: the points' own main-thread script per frame at ${n}`,
    `${largest.app.pan.ownScriptMs.toFixed(1)} ms`,
    '≤ 4 ms',
    largest.app.pan.ownScriptMs <= 4,
  );
  budget(`filter → drawn at ${n} (frames)`, String(med(largest.app.toggle, 'frames')), '≤ 2', med(largest.app.toggle, 'frames') <= 2);
  budget(
    `filter: the points' own main-thread script at ${n}`,
    `${med(largest.app.toggle, 'ownScriptMs').toFixed(1)} ms`,
    '≤ 33 ms (2 frames)',
    med(largest.app.toggle, 'ownScriptMs') <= 33,
  );
  budget(`hover pick at ${n}`, `${largest.app.pickMs.toFixed(1)} ms`, '< 16 ms', largest.app.pickMs < 16);
}
printPointImport(pointImport);
budget(
  `point CSV import, ${pointImport.rows.toLocaleString('en')} rows: longest main-thread task`,
  `${pointImport.longestTaskMs.toFixed(0)} ms`,
  '< 200 ms',
  pointImport.longestTaskMs < 200,
);

const search = benchSearch(10_000);
console.log('\nSearch over 10,000 SYNTHETIC entries (node, same index code as the app)');
console.log(
  `  index build ${search.buildMs.toFixed(0)} ms; per keystroke median ${search.medianMs.toFixed(2)} ms, worst ${search.maxMs.toFixed(2)} ms ` +
    `(target < 5 ms): ${search.maxMs < 5 ? 'ok' : search.medianMs < 5 ? 'median ok, worst OVER' : 'OVER'}`,
);

const csv = benchCsv(50);
console.log(
  `\nCSV import, ${csv.mb.toFixed(0)} MB SYNTHETIC nationwide-style table (${csv.rows.toLocaleString('en')} rows, 53 in the RVR; node, same code as the app's worker)`,
);
console.log(
  `  parse + join ${csv.parseJoinMs.toFixed(0)} ms, row by row (in the app this runs in a Web Worker with a progress bar); ${csv.issues.toLocaleString('en')} rows reported`,
);
console.log(`  recolouring for a new indicator (values + classes, median) ${csv.recolourMs.toFixed(2)} ms, plus one map frame`);

const employment = benchEmployment();
console.log(
  `\nOfficial employment exports (Regionalstatistik 13111-07-05-4, ${employment.files} nationwide files, ${employment.rows.toLocaleString('en')} region × section rows; node, the app's importer)`,
);
console.log(
  `  parse ${employment.parseMs.toFixed(0)} ms in all, ${employment.perFileMs.toFixed(0)} ms per year; four places' profiles (LQ, ranks, strong-cluster test among all Kreise, shift-share) ${employment.profilesMs.toFixed(0)} ms`,
);

if (process.env.BENCH_LIGHTHOUSE !== '0') {
  console.log('\nLighthouse 12 (desktop and mobile presets, simulated throttling; built app served with gzip; software WebGL)');
  for (const r of await runLighthouse()) {
    console.log(
      `  ${r.formFactor.padEnd(8)} performance ${r.performance}, accessibility ${r.accessibility}, best practices ${r.bestPractices}`,
    );
    console.log(
      `           ${Object.entries(r.metrics)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
    if (r.failing.length) console.log(`           below 90: ${r.failing.join(', ')}`);
    budget(
      `Lighthouse ${r.formFactor} performance`,
      String(r.performance),
      r.formFactor === 'desktop' ? '≥ 95' : '≥ 85',
      r.performance >= (r.formFactor === 'desktop' ? 95 : 85),
    );
    budget(`Lighthouse ${r.formFactor} accessibility`, String(r.accessibility), '100', r.accessibility === 100);
    budget(`Lighthouse ${r.formFactor} best practices`, String(r.bestPractices), '100', r.bestPractices === 100);
  }
  // The same audit of the floor page: what this machine's software WebGL allows a map page at all.
  console.log('  the floor (plain MapLibre, same municipalities), same presets:');
  for (const r of await runLighthouse('bench-dist/floor')) {
    console.log(
      `  ${r.formFactor.padEnd(8)} performance ${r.performance}; ${Object.entries(r.metrics)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
  }
}

console.log('\nBudgets');
for (const b of budgets) console.log(`  ${b.ok ? 'ok  ' : 'OVER'}  ${b.name.padEnd(40)} ${b.value.padStart(10)}   target ${b.target}`);
const over = budgets.filter((b) => !b.ok).length;
console.log(over ? `\n${over} of ${budgets.length} budgets over.` : `\nAll ${budgets.length} budgets met.`);
process.exitCode = over ? 1 : 0;
