import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { openApp, settle, type Watched } from '../support/app-page';
import { WITHOUT_SERVICE_WORKER } from '../../tools/browser';
import { describe, expect, it } from 'vitest';
import { SHOTS, useBuiltApp } from '../support/built-app';

const app = useBuiltApp();

async function open(hash = '', options: { layers?: boolean } = {}): Promise<Watched> {
  return openApp(app.browser, `${app.server.url}${hash}`, options);
}

/** Distinct colours in a downscaled screenshot of the map: a blank or grey canvas has very few. */
async function distinctColours(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!;
    const small = document.createElement('canvas');
    small.width = 200;
    small.height = 125;
    const ctx = small.getContext('2d')!;
    ctx.drawImage(canvas, 0, 0, small.width, small.height);
    const { data } = ctx.getImageData(0, 0, small.width, small.height);
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    return colours.size;
  });
}

/** A municipality's label point from the committed geodata: a spot that surely lies inside it. */
function labelPoint(ags: string): [number, number] {
  const file = JSON.parse(readFileSync('geodata/ruhr-municipalities.geojson', 'utf8')) as {
    features: { properties: { ags: string; label_lon: number; label_lat: number } }[];
  };
  const p = file.features.find((f) => f.properties.ags === ags)!.properties;
  return [p.label_lon, p.label_lat];
}

describe('base map in Chromium', () => {
  it('renders the region with no foreign request and no console error', async () => {
    // Waits for the institution icons too: their first frame is where a refused WebGL call would show.
    const { page, foreignRequests, consoleErrors } = await open('', { layers: true });
    await page.screenshot({ path: `${SHOTS}/base-map.png` });
    expect(await distinctColours(page)).toBeGreaterThan(30);
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    // The built page forbids any other origin, except the tile host of the opt-in basemap.
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp?.match(/https:\/\/[a-z.]+/g)?.every((h) => h === 'https://tile.openstreetmap.org')).toBe(true);
    await page.close();
  });

  it("draws the institutions in the map's own canvas, without loading deck.gl for them", async () => {
    // deck.gl (a 600 KB chunk, a second WebGL context and canvas) is only for a density grid of
    // thousands of points; the atlas's own institutions are MapLibre icons.
    const scripts: string[] = [];
    const { page, consoleErrors } = await openApp(app.browser, `${app.server.url}#/?v=10.5/51.47/7.3`, {
      layers: true,
      before: async (p) => {
        p.on('request', (r) => {
          if (r.resourceType() === 'script') scripts.push(r.url());
        });
      },
    });
    await settle(page);
    expect(await page.locator('[data-testid="map"] canvas').count()).toBe(1);
    expect(scripts.some((u) => u.includes('data-layers'))).toBe(true);
    expect(scripts.filter((u) => u.includes('density-overlay'))).toEqual([]);
    // The icons are on that canvas: the health cluster's orange (#D55E00) in solid pixels.
    const shot = PNG.sync.read(await page.locator('[data-testid="map"]').screenshot());
    let orange = 0;
    for (let i = 0; i < shot.data.length; i += 4) {
      if (Math.abs(shot.data[i]! - 213) < 6 && Math.abs(shot.data[i + 1]! - 94) < 6 && shot.data[i + 2]! < 8) orange++;
    }
    expect(orange).toBeGreaterThan(500);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('shows a tooltip on hover and puts the clicked municipality in the URL and the panel', async () => {
    // Breckerfeld: no institution or corridor on its label point, so the click reaches the municipality.
    const [lon, lat] = labelPoint('05954004');
    const { page, consoleErrors } = await open(`#/?v=11.00/${lat}/${lon}`);
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(centre.x - 5, centre.y - 5);
    await page.mouse.move(centre.x, centre.y);
    await expect.poll(() => page.locator('[data-testid="tooltip"]').textContent()).toContain('Breckerfeld');
    await page.mouse.click(centre.x, centre.y);
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('m=05954004');
    await expect.poll(() => page.locator('[data-testid="panel"] h2').textContent()).toBe('Breckerfeld');
    await page.screenshot({ path: `${SHOTS}/selected-breckerfeld.png` });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('reopens a shared link with the selection, and survives a broken one', async () => {
    const { page } = await open('#/?m=05112000&lang=en');
    expect(await page.locator('[data-testid="panel"] h2').textContent()).toBe('Duisburg');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.close();

    const broken = await open('#/?m=99999999&v=abc&<script>=1');
    expect(await broken.page.locator('[data-testid="link-notice"]').textContent()).toContain('m=99999999');
    expect(await distinctColours(broken.page)).toBeGreaterThan(30);
    expect(broken.consoleErrors).toEqual([]);
    await broken.page.close();
  });

  it('explains in German and English when WebGL2 is missing', async () => {
    const page = await app.browser.newPage(WITHOUT_SERVICE_WORKER);
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        if (type === 'webgl2') return null;
        return (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof original;
    });
    await page.goto(app.server.url);
    const text = await page.locator('[data-testid="fatal"]').textContent();
    expect(text).toContain('WebGL2');
    expect(text).toContain('This map needs WebGL2');
    // The data is still there, as a table.
    await page.waitForSelector('[data-testid="list-view"] tbody tr');
    expect(await page.locator('[data-testid="list-view"] tbody tr').count()).toBeGreaterThanOrEqual(80);
    await page.screenshot({ path: `${SHOTS}/no-webgl2.png` });
    // … and the whole atlas that needs no map: search opens a panel, a comparison, the Info box,
    // the talk as cards.
    await page.getByTestId('search').fill('Bochum');
    await page.getByTestId('search').press('Enter');
    await expect.poll(() => page.locator('[data-testid="panel"] h2').textContent()).toBe('Bochum');
    await page.getByRole('button', { name: 'Zum Vergleich hinzufügen' }).click();
    await page.waitForSelector('[data-testid="compare"]');
    await page.getByTestId('about-button').click();
    await page.waitForSelector('[data-testid="about-offline"]');
    await page.keyboard.press('Escape');
    await page.getByTestId('start-presentation').click();
    await expect.poll(() => page.getByTestId('story-progress').textContent()).toMatch(/1 \/ 7/);
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.getByTestId('story-progress').textContent()).toMatch(/2 \/ 7/);
    expect(await page.getByTestId('make-handout').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/no-webgl2-talk.png` });
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="list-view"] tbody tr');
    await page.close();
  });
});
