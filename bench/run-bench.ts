// `npm run bench`: bytes and time to first complete map render of the built app, against the
// floor (a plain MapLibre page with the same municipalities), measured interleaved in one run.
import { execFileSync } from 'node:child_process';
import { launchChromium } from '../tests/support/browser';
import { serveStatic } from '../tests/support/static-server';
import { measureFirstView, type FirstView } from './first-view';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const KB = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

execFileSync('npx', ['vite', 'build', '--config', 'bench/vite.floor.config.ts', '--logLevel', 'error'], { stdio: 'inherit' });

const app = await serveStatic('dist');
const floor = await serveStatic('bench-dist/floor');
const browser = await launchChromium();

const appRuns: FirstView[] = [];
const floorRuns: FirstView[] = [];
// Warm-up of both (disk cache of the OS, Chromium's shader compilers), then interleave.
await measureFirstView(browser, floor.url, 'bench-dist/floor', floor.url, '[data-map-idle="true"]');
await measureFirstView(browser, app.url, 'dist', app.url, '[data-map-idle="true"]');
for (let i = 0; i < RUNS; i++) {
  floorRuns.push(await measureFirstView(browser, floor.url, 'bench-dist/floor', floor.url, '[data-map-idle="true"]'));
  appRuns.push(await measureFirstView(browser, app.url, 'dist', app.url, '[data-map-idle="true"]'));
}
await browser.close();
await app.close();
await floor.close();

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
console.log(`\nBudgets: first-load JS ${KB(a.js.gzip)} gzip (target ≤ 500 KB): ${a.js.gzip <= 500 * 1024 ? 'ok' : 'OVER'}; ` +
  `render ratio ${(appMs / floorMs).toFixed(2)} (target ≤ 1.2): ${appMs / floorMs <= 1.2 ? 'ok' : 'OVER'}`);
