// Before/after aid: interleaves several built copies of the app (and the floor) in one run, so a
// change is judged against the machine's load of the same minutes. Prints per build the median
// first complete render (and its ratio to the floor), the data layers' time, and Lighthouse's
// total blocking time and performance score (desktop; MOBILE=1 for the mobile preset).
//   npx vite build --outDir /tmp/after && npx tsx bench/compare-builds.ts /tmp/before /tmp/after
// RUNS (first render, default 7) and ROUNDS (Lighthouse, default 5; 0 skips it) set the counts.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { execFileSync } from 'node:child_process';
import { CHROMIUM_ARGS, launchChromium } from '../tools/browser';
import { serveStatic } from '../tools/static-server';
import { measureFirstView } from './first-view';

const dirs = process.argv.slice(2);
if (dirs.length === 0) throw new Error('usage: npx tsx bench/compare-builds.ts DIST_DIR [DIST_DIR …]');
const RUNS = Number(process.env.RUNS ?? 7);
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

execFileSync('npx', ['vite', 'build', '--config', 'bench/vite.floor.config.ts', '--logLevel', 'error'], { stdio: 'inherit' });
const floor = await serveStatic('bench-dist/floor');
const apps = await Promise.all(dirs.map((d) => serveStatic(d)));
const render: number[][] = [[], ...dirs.map(() => [])];
const layers: number[][] = dirs.map(() => []);
const browser = await launchChromium();
// One round of warm-up, then RUNS interleaved rounds.
for (let run = -1; run < RUNS; run++) {
  const f = await measureFirstView(browser, floor.url, 'bench-dist/floor', floor.url, '[data-map-idle="true"]');
  if (run >= 0) render[0]!.push(f.renderMs);
  for (const [k, app] of apps.entries()) {
    const v = await measureFirstView(browser, app.url, dirs[k]!, app.url, '[data-map-idle="true"]', true);
    if (run >= 0) {
      render[k + 1]!.push(v.renderMs);
      layers[k]!.push(v.layersMs!);
    }
  }
}
await browser.close();
await Promise.all([floor, ...apps].map((s) => s.close()));

const blocking: number[][] = dirs.map(() => []);
const scores: number[][] = dirs.map(() => []);
if (ROUNDS > 0) {
  const gzipped = await Promise.all(dirs.map((d) => serveStatic(d, '/atlas/', { gzip: true })));
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const [k, server] of gzipped.entries()) {
        const runner = await lighthouse(
          server.url,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
          process.env.MOBILE === '1' ? undefined : desktopConfig,
        );
        blocking[k]!.push(Math.round(runner!.lhr.audits['total-blocking-time']!.numericValue!));
        scores[k]!.push(Math.round(runner!.lhr.categories.performance!.score! * 100));
      }
    }
  } finally {
    chrome.kill();
    await Promise.all(gzipped.map((s) => s.close()));
  }
}

const floorMs = median(render[0]!);
console.log(`floor  first render ${floorMs.toFixed(0)} ms (runs ${render[0]!.map((x) => x.toFixed(0)).join(', ')})`);
dirs.forEach((d, k) => {
  const ms = median(render[k + 1]!);
  console.log(
    `${d}\n  first render ${ms.toFixed(0)} ms = ${(ms / floorMs).toFixed(2)}× the floor (runs ${render[k + 1]!.map((x) => x.toFixed(0)).join(', ')})`,
  );
  console.log(`  data layers drawn ${median(layers[k]!).toFixed(0)} ms`);
  if (ROUNDS > 0)
    console.log(
      `  Lighthouse ${process.env.MOBILE === '1' ? 'mobile' : 'desktop'}: total blocking time ${median(blocking[k]!)} ms (runs ${blocking[k]!.join(', ')}), performance ${median(scores[k]!)} (runs ${scores[k]!.join(', ')})`,
    );
});
