// Profiling aid behind the first-render work: the timeline of the first view of the app and of
// the floor (requests with start–end, performance marks). `npx tsx bench/profile-first-view.ts`
import { launchChromium } from '../tools/browser';
import { serveStatic } from '../tools/static-server';

const app = await serveStatic('dist');
const floor = await serveStatic('bench-dist/floor');
const browser = await launchChromium();
// Two warm-up rounds, then the third is printed.
for (let run = 0; run < 3; run++) {
  for (const [name, server] of [
    ['floor', floor],
    ['app', app],
  ] as const) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForSelector('[data-map-idle="true"]', { timeout: 120_000 });
    const lines = await page.evaluate(() =>
      [
        ...performance.getEntriesByType('resource').map((e) => {
          const r = e as PerformanceResourceTiming;
          return `${r.startTime.toFixed(0).padStart(5)}–${r.responseEnd.toFixed(0).padEnd(5)} ${r.name.split('/').pop()}`;
        }),
        ...performance.getEntriesByType('mark').map((e) => `${e.startTime.toFixed(0).padStart(5)}       mark ${e.name}`),
      ].sort((a, b) => parseFloat(a) - parseFloat(b)),
    );
    if (run === 2) console.log(`--- ${name}\n${lines.join('\n')}`);
    await context.close();
  }
}
await browser.close();
await app.close();
await floor.close();
