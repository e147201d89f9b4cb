import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface FirstView {
  /** Milliseconds from navigation start to the first complete map render ('idle'). */
  renderMs: number;
  /** Milliseconds to the first frame with the data layers drawn too (institutions, bands; the app only). */
  layersMs?: number;
  /** Bytes of what the page fetched until then, by kind: raw and gzip-compressed. */
  bytes: Record<'js' | 'data' | 'other', { raw: number; gzip: number }>;
}

function kindOf(url: string): 'js' | 'data' | 'other' {
  if (/\.m?js$/.test(url)) return 'js';
  if (/\.(geo)?json$/.test(url)) return 'data';
  return 'other';
}

/**
 * Loads a page in a fresh context (empty cache), waits for its first idle map and returns the
 * time and the bytes fetched before it. Sizes come from the served files, gzip computed here.
 */
export async function measureFirstView(
  browser: Browser,
  url: string,
  distDir: string,
  baseUrl: string,
  readySelector: string,
  withLayers = false,
): Promise<FirstView> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector(readySelector, { timeout: 120_000 });
  const renderMs = await page.evaluate(() => performance.getEntriesByName('map-idle')[0]?.startTime ?? NaN);
  let layersMs: number | undefined;
  if (withLayers) {
    await page.waitForSelector('[data-layers-ready="true"]', { timeout: 120_000 });
    layersMs = await page.evaluate(() => performance.getEntriesByName('layers-rendered')[0]?.startTime ?? NaN);
  }
  // Only what was requested before the first complete render counts as the first view.
  const fetched = new Set(
    await page.evaluate(
      (idle) =>
        [
          document.URL,
          ...performance
            .getEntriesByType('resource')
            .filter((e) => e.startTime <= idle)
            .map((e) => e.name),
        ].map((u) => u.split('#')[0]!.split('?')[0]!),
      renderMs,
    ),
  );
  const bytes = { js: { raw: 0, gzip: 0 }, data: { raw: 0, gzip: 0 }, other: { raw: 0, gzip: 0 } };
  for (const u of fetched) {
    if (!u.startsWith(baseUrl)) continue;
    const rel = decodeURIComponent(u.slice(baseUrl.length)) || 'index.html';
    let content: Buffer;
    try {
      content = readFileSync(`${distDir}/${rel}`);
    } catch {
      continue;
    }
    const kind = kindOf(rel);
    bytes[kind].raw += content.length;
    bytes[kind].gzip += gzipSync(content, { level: 9 }).length;
  }
  await context.close();
  return { renderMs, layersMs, bytes };
}
