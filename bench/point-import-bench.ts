// A planner's point CSV of N SYNTHETIC firms, loaded in the built app as a user would (file
// input): the time until the map has drawn the points, and the main thread's longest task on
// the way (Long Tasks API): the page must stay responsive while the worker reads the file.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { syntheticPointsCsv } from '../tools/synthetic-points';

interface PointImport {
  rows: number;
  mb: number;
  /** From choosing the file to the map drawn with the points. */
  loadMs: number;
  longestTaskMs: number;
  longTasks: number;
  /** Script time in the longest long animation frame's scripts (LoAF): the page's own work, apart from waiting on the GPU. */
  longestScriptMs: number;
}

export async function benchPointImport(browser: Browser, appUrl: string, rows: number): Promise<PointImport> {
  const { csv } = syntheticPointsCsv(rows);
  const path = join(tmpdir(), `clusteratlas-synthetic-points-${rows}.csv`);
  writeFileSync(path, csv);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  try {
    await page.goto(appUrl);
    await page.waitForSelector('[data-layers-ready="true"]', { timeout: 120_000 });
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[]; scripts: number[] };
      w.longTasks = [];
      w.scripts = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask' });
      new PerformanceObserver((list) =>
        list
          .getEntries()
          .forEach((e) =>
            w.scripts.push((e as unknown as { scripts: { duration: number }[] }).scripts.reduce((a, x) => a + x.duration, 0)),
          ),
      ).observe({ type: 'long-animation-frame' });
    });
    const start = Date.now();
    await page.getByTestId('import-file').setInputFiles(path);
    await page.waitForSelector(`[data-own-points="${rows}"]`, { timeout: 600_000 });
    const loadMs = Date.now() - start;
    const { longTasks, scripts } = await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[]; scripts: number[] };
      return { longTasks: w.longTasks, scripts: w.scripts };
    });
    return {
      rows,
      mb: csv.length / 1e6,
      loadMs,
      longestTaskMs: Math.max(0, ...longTasks),
      longTasks: longTasks.length,
      longestScriptMs: Math.max(0, ...scripts),
    };
  } finally {
    await context.close();
  }
}

export function printPointImport(r: PointImport): void {
  console.log(
    `\nPoint CSV import in the built app: ${r.rows.toLocaleString('en')} SYNTHETIC firms, ${r.mb.toFixed(0)} MB, UTM 32N (software WebGL)`,
  );
  console.log(
    `  file chosen → points drawn ${(r.loadMs / 1000).toFixed(1)} s (parse, proj4, point in polygon and index in a worker); ` +
      `main thread: ${r.longTasks} tasks over 50 ms, the longest ${r.longestTaskMs.toFixed(0)} ms, of which script at most ${r.longestScriptMs.toFixed(0)} ms ` +
      '(the rest waits on the software renderer: shader links, the first frame with the points)',
  );
}
