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
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask' });
    });
    const start = Date.now();
    await page.getByTestId('import-file').setInputFiles(path);
    await page.waitForSelector(`[data-own-points="${rows}"]`, { timeout: 600_000 });
    const loadMs = Date.now() - start;
    const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    return { rows, mb: csv.length / 1e6, loadMs, longestTaskMs: Math.max(0, ...tasks), longTasks: tasks.length };
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
      `main thread: ${r.longTasks} tasks over 50 ms, the longest ${r.longestTaskMs.toFixed(0)} ms`,
  );
}
