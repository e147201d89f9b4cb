// The point layers against the plain deck.gl peer (issue #29): the app's layers page and the peer
// page with the same N SYNTHETIC points, interleaved, at each size. Main-thread figures: what this
// machine's software WebGL can tell about a GPU machine (see frame-meter.ts).
import type { Browser } from 'playwright-core';

interface Change {
  ms: number;
  frames: number;
  scriptMs: number;
  ownScriptMs: number;
}
interface PointRun {
  n: number;
  layersMs: number;
  pan: { scriptMs: number; scriptP95Ms: number; drawScriptMs: number; ownScriptMs: number; frameMs: number; frames: number };
  toggle: Change[];
  hide: Change[];
  pickMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function runPage(browser: Browser, url: string, n: number): Promise<PointRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    await page.goto(`${url}?n=${n}${n >= 1_000_000 ? '&frames=12&changes=2' : ''}`);
    await page.waitForSelector('[data-bench-ready="true"]', { timeout: 600_000 });
    return await page.evaluate(async () => {
      const b = (
        window as unknown as { bench: { n: number; layersMs: number; points?: () => Promise<object>; run: () => Promise<object> } }
      ).bench;
      return { n: b.n, layersMs: b.layersMs, ...(await (b.points ?? b.run)()) } as PointRun;
    });
  } finally {
    await context.close();
  }
}

export interface PointsComparison {
  n: number;
  app: PointRun;
  peer: PointRun;
}

/** Each size: the app's page, then the peer's, in fresh browser contexts; `onSize` hears each as it ends. */
export async function benchPoints(
  browser: Browser,
  appUrl: string,
  peerUrl: string,
  sizes: number[],
  onSize?: (r: PointsComparison) => void,
): Promise<PointsComparison[]> {
  const out: PointsComparison[] = [];
  for (const n of sizes) {
    const app = await runPage(browser, appUrl, n);
    const peer = await runPage(browser, peerUrl, n);
    out.push({ n, app, peer });
    onSize?.({ n, app, peer });
  }
  return out;
}

const ms = (x: number) => `${x.toFixed(1)} ms`;
const change = (xs: Change[]) => {
  const m = median(xs.map((c) => c.scriptMs));
  const own = median(xs.map((c) => c.ownScriptMs));
  const f = median(xs.map((c) => c.frames));
  return `${ms(m)} (${ms(own)}) / ${f} fr`;
};

export function printPoints(results: PointsComparison[]): void {
  console.log('\nPoint layers vs the plain deck.gl ScatterplotLayer peer (SYNTHETIC points; main-thread figures, software WebGL)');
  console.log('  pan script = main-thread script per pan frame (median / p95); frame = median frame interval (software renderer bound);');
  console.log("  own = the points' own script per pan frame: deck.gl's draw in the map's frame, its map listeners and its loop");
  console.log("        (the rest is MapLibre's, which in software WebGL grows as frames grow apart: symbol placement reruns, GL waits);");
  console.log(
    "  toggle, hide = main-thread script (the points' own) from the change to two frames after its render / frames until that render;",
  );
  console.log(
    '  app toggle = a category off/on, app hide = cluster 0 off; peer toggle = visible off/on, peer hide = new data without cluster 0.',
  );
  console.log(
    '  points     who    layers added   pan script (med / p95)   own (draw)        frame      toggle                         hide                           pick',
  );
  for (const r of results) {
    for (const [who, x] of [
      ['app', r.app],
      ['peer', r.peer],
    ] as const) {
      console.log(
        `  ${String(r.n).padStart(8)}   ${who.padEnd(4)} ${ms(x.layersMs).padStart(14)}   ${`${ms(x.pan.scriptMs)} / ${ms(x.pan.scriptP95Ms)}`.padStart(22)}   ${`${ms(x.pan.ownScriptMs)} (${ms(x.pan.drawScriptMs)})`.padStart(16)}   ${ms(x.pan.frameMs).padStart(9)}   ${change(x.toggle).padStart(28)}   ${change(x.hide).padStart(28)}   ${ms(x.pickMs).padStart(8)}`,
      );
    }
    console.log(
      `  ${''.padStart(8)}   ratio app / peer: pan script ${(r.app.pan.scriptMs / r.peer.pan.scriptMs).toFixed(2)}×, own ${(r.app.pan.ownScriptMs / r.peer.pan.ownScriptMs).toFixed(2)}×, frame ${(r.app.pan.frameMs / r.peer.pan.frameMs).toFixed(2)}×`,
    );
  }
}
