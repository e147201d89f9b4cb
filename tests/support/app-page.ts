import type { Browser, Page } from 'playwright-core';
import { WITHOUT_SERVICE_WORKER } from '../../tools/browser';
import { PNG } from 'pngjs';

export interface Watched {
  page: Page;
  foreignRequests: string[];
  consoleErrors: string[];
}

/**
 * Opens the app at `url` and records every request to another host and every console error.
 * Waits for the base map, and for the data layers when `layers` is set.
 */
interface OpenOptions {
  layers?: boolean;
  viewport?: { width: number; height: number };
  bypassCSP?: boolean;
  /** Runs before navigation, e.g. to replace a data file with a broken one (page.route). */
  before?: (page: Page) => Promise<void>;
  /** What to wait for instead of the map, e.g. an error message. */
  ready?: string;
}

export async function openApp(browser: Browser, url: string, options: OpenOptions = {}): Promise<Watched> {
  // bypassCSP only for tests that inject a script (axe-core): the app's CSP forbids inline scripts.
  const page = await browser.newPage({
    ...WITHOUT_SERVICE_WORKER,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    bypassCSP: options.bypassCSP ?? false,
  });
  const own = new URL(url).host;
  const watched: Watched = { page, foreignRequests: [], consoleErrors: [] };
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['data:', 'blob:'].includes(u.protocol) && u.host !== own) watched.foreignRequests.push(r.url());
  });
  // A WebGL warning ("INVALID_VALUE …") is a draw call the browser refused: counted as an error.
  page.on('console', (m) => {
    if (m.type() === 'error' || (m.type() === 'warning' && m.text().startsWith('WebGL:'))) watched.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => watched.consoleErrors.push(String(e)));
  await options.before?.(page);
  await page.goto(url);
  await page.waitForSelector(options.ready ?? (options.layers ? '[data-layers-ready="true"]' : '[data-map-idle="true"]'), {
    timeout: 90_000,
  });
  return watched;
}

/** Waits until the map has drawn what the last change asked for: the app's own signal, no clock. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => window.__clusteratlas!.idle());
}

/**
 * Fades the institution icons out (0) or in (1) without changing where anything is placed: the
 * names stay where the icons pushed them (the app's automation handle, src/map/test-handle.ts).
 */
export async function setIconOpacity(page: Page, opacity: number): Promise<void> {
  await page.evaluate((o) => window.__clusteratlas!.setIconOpacity(o), opacity);
  await settle(page);
}

/** Decoded screenshot of the map area (both canvases, as the user sees them). */
export async function mapPixels(page: Page): Promise<PNG> {
  const buffer = await page.locator('[data-testid="map"]').screenshot();
  return PNG.sync.read(buffer);
}

/** Number of pixels for which the predicate holds. */
export function countPixels(png: PNG, test: (r: number, g: number, b: number) => boolean): number {
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) if (test(png.data[i]!, png.data[i + 1]!, png.data[i + 2]!)) n++;
  return n;
}

/** Serves a data file of the built app changed by `edit`, or replaced by `body`/`status`. */
export async function replaceDataFile(page: Page, name: string, change: { edit?: (json: any) => void; body?: string; status?: number }) {
  await page.route(`**/assets/${name}-*`, async (route) => {
    if (change.status) return route.fulfill({ status: change.status, body: 'not found' });
    if (change.body !== undefined) return route.fulfill({ status: 200, contentType: 'application/json', body: change.body });
    const response = await route.fetch();
    const json = await response.json();
    change.edit!(json);
    return route.fulfill({ response, json });
  });
}
