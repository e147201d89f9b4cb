// `npx tsx bench/points-only.ts`: only the point layers against the deck.gl peer (BENCH_POINTS sizes).
import { execFileSync } from 'node:child_process';
import { launchChromium } from '../tools/browser';
import { serveStatic } from '../tools/static-server';
import { benchPoints, printPoints } from './points-bench';

for (const config of ['bench/vite.layers.config.ts', 'bench/vite.peer.config.ts']) {
  execFileSync('npx', ['vite', 'build', '--config', config, '--logLevel', 'error'], { stdio: 'inherit' });
}
const sizes = (process.env.BENCH_POINTS ?? '0,10000,100000,1000000').split(',').map(Number);
const layers = await serveStatic('bench-dist/layers');
const peer = await serveStatic('bench-dist/peer');
const browser = await launchChromium();
const results = await benchPoints(browser, layers.url, peer.url, sizes, (r) => console.log(JSON.stringify(r)));
await browser.close();
await layers.close();
await peer.close();
printPoints(results);
if (process.env.BENCH_JSON) (await import('node:fs')).writeFileSync(process.env.BENCH_JSON, JSON.stringify(results, null, 1));
