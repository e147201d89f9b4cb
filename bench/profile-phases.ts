// Profiling aid behind the first-render work: main-thread CPU of the built app per phase of the
// first view (navigation → app-start → geodata-loaded → map-create → map-load → map-idle), with
// the functions that took the most time. `npx tsx bench/profile-phases.ts [distDir]`
import { launchChromium } from '../tools/browser';
import { serveStatic } from '../tools/static-server';

const PHASES = ['app-start', 'geodata-loaded', 'map-create', 'map-load', 'map-idle'];
const server = await serveStatic(process.argv[2] ?? 'dist');
const browser = await launchChromium();
// The first run warms Chromium's caches (shaders, disk); the second is reported.
for (let run = 0; run < 2; run++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(server.url);
  await page.waitForSelector('[data-map-idle="true"]', { timeout: 120_000 });
  const { profile } = await cdp.send('Profiler.stop');
  const marks: Record<string, number> = await page.evaluate(() =>
    Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
  );
  await context.close();
  if (run === 0) continue;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const edges = [0, ...PHASES.map((p) => marks[p] ?? Infinity)];
  const busy = PHASES.map(() => new Map<string, number>());
  // Sample times are relative to the start of profiling, which is just before navigation.
  let t = 0;
  profile.samples!.forEach((id, k) => {
    t += profile.timeDeltas![k]! / 1000;
    const phase = edges.findIndex((e, j) => t >= e && t < (edges[j + 1] ?? Infinity));
    if (phase < 0 || phase >= PHASES.length) return;
    const frame = nodes.get(id)!.callFrame;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`;
    busy[phase]!.set(key, (busy[phase]!.get(key) ?? 0) + (profile.timeDeltas![k + 1] ?? 0) / 1000);
  });
  busy.forEach((m, j) => {
    const top = [...m].filter(([k]) => !k.startsWith('(idle)')).sort((a, b) => b[1] - a[1]);
    const total = top.reduce((a, [, v]) => a + v, 0);
    console.log(
      `${j ? PHASES[j - 1] : 'navigation'} → ${PHASES[j]} (${edges[j]!.toFixed(0)}–${edges[j + 1]!.toFixed(0)} ms): main thread busy ${total.toFixed(0)} ms`,
    );
    console.log(
      `   ${top
        .slice(0, 6)
        .map(([k, v]) => `${k} ${v.toFixed(0)}`)
        .join(', ')}`,
    );
  });
}
await browser.close();
await server.close();
