import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countPixels, mapPixels, openApp, replaceDataFile, settle } from '../support/app-page';
import { SHOTS, useBuiltApp } from '../support/built-app';
import { syntheticNationwideCsv } from '../../tools/synthetic-csv';

const app = useBuiltApp();

// The municipality fill of the base map (palette.municipalityFill #faf8f3) and near shades.
const isMunicipalityFill = (r: number, g: number, b: number) => r > 240 && g > 238 && b > 230 && r - b < 14;

describe('bad input: each case gets a clear message and loses nothing', () => {
  it('renders institution and cluster names containing HTML and script as text, never as HTML', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">Zeche <b>Evil</b>';
    const { page, consoleErrors } = await openApp(app.browser, `${app.server.url}#/?i=bergwerk-walsum`, {
      before: async (p) => {
        await replaceDataFile(p, 'institutions', {
          edit: (j) => {
            j.features[0].properties.name = evil;
          },
        });
        await replaceDataFile(p, 'clusters', {
          edit: (j) => {
            j.clusters[0].name_de = '<script>window.__pwned=2</script>Gesundheit';
          },
        });
      },
    });
    expect(await page.locator('[data-testid="panel"] h2').textContent()).toBe(evil);
    expect(await page.locator('aside.side').textContent()).toContain('<script>window.__pwned=2</script>Gesundheit');
    await page.getByTestId('search').fill('Evil');
    await expect.poll(() => page.locator('[role="option"]').first().textContent()).toContain('<b>Evil</b>');
    // Nothing of it became markup or ran.
    expect(await page.locator('img[src="x"], b:text("Evil")').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await settle(page); // the flight to the linked institution
    await page.screenshot({ path: `${SHOTS}/html-in-names.png` });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('applies a hash typed into the running app like a link: garbage is reported as text, a good one flies there', async () => {
    const { page, consoleErrors } = await openApp(app.browser, `${app.server.url}#/?m=05911000`);
    const hash = () => page.evaluate(() => window.location.hash);
    await page.evaluate(() => {
      window.location.hash = '#/?m=<img src=x onerror=alert(1)>&v=1e999/99/999&y=99999&zz=1';
    });
    const notice = page.getByTestId('link-notice');
    await expect.poll(() => notice.textContent()).toContain('m=<img src=x onerror=alert(1)>');
    expect(await notice.textContent()).toContain('y=99999');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    // The map is still there, and the address is clean again.
    await expect.poll(hash).not.toContain('img');
    expect(await page.getByTestId('map').isVisible()).toBe(true);
    // A good hash typed next opens Dortmund and moves the camera there.
    await page.evaluate(() => {
      window.location.hash = '#/?m=05913000';
    });
    await expect.poll(() => page.locator('[data-testid="panel"] h2').textContent()).toBe('Dortmund');
    await expect.poll(hash, { timeout: 10_000 }).toMatch(/v=1\d\.\d+\/51\.\d+\/7\.4\d+/);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('names the file when a geodata file is missing, broken JSON or invalid, and offers to retry', async () => {
    const cases = [
      { file: 'ruhr-municipalities', change: { status: 404 }, expected: /ruhr-municipalities\.geojson: HTTP 404/ },
      {
        file: 'institutions',
        change: { body: '{"type": "FeatureCollection", "features": [' },
        expected: /institutions\.geojson: ist kein gültiges JSON/,
      },
      {
        file: 'ruhr-municipalities',
        change: {
          edit: (j: any) => {
            j.features[3].properties.ags = 'abc';
          },
        },
        expected: /ruhr-municipalities\.geojson.*ags/,
      },
    ];
    for (const [i, c] of cases.entries()) {
      const { page } = await openApp(app.browser, app.server.url, {
        before: (p) => replaceDataFile(p, c.file, c.change),
        ready: '[data-testid="fatal"]',
      });
      const text = await page.getByTestId('fatal').textContent();
      expect(text).toMatch(c.expected);
      expect(text).toContain('The map data could not be loaded');
      expect(await page.getByRole('button', { name: /Erneut versuchen/ }).isVisible()).toBe(true);
      if (i === 0) await page.screenshot({ path: `${SHOTS}/missing-geodata.png` });
      await page.close();
    }
  });

  it('keeps the map and says why when the derived corridor bands are missing or do not fit the data', async () => {
    const cases = [
      { change: { status: 404 }, expected: /derived-overlays\.json: HTTP 404/ },
      {
        change: {
          edit: (j: any) => {
            j.corridors.pop();
          },
        },
        expected: /derived-overlays\.json: .*npm run overlays/,
      },
    ];
    for (const [i, c] of cases.entries()) {
      const { page } = await openApp(app.browser, `${app.server.url}#/?m=05911000`, {
        before: (p) => replaceDataFile(p, 'derived-overlays', c.change),
      });
      const notice = page.getByTestId('overlay-notice');
      await notice.waitFor({ timeout: 30_000 });
      expect(await notice.textContent()).toMatch(c.expected);
      expect(await notice.textContent()).toContain('Korridore und Clusterflächen fehlen');
      // The rest works: the selection's panel, and the base map drawn.
      expect(await page.locator('[data-testid="panel"] h2').textContent()).toBe('Bochum');
      const png = await mapPixels(page);
      expect(countPixels(png, isMunicipalityFill) / (png.width * png.height)).toBeGreaterThan(0.1);
      if (i === 0) await page.screenshot({ path: `${SHOTS}/missing-overlays.png` });
      await page.close();
    }
  });

  it('fits a 320 px wide phone without sideways scrolling', async () => {
    const { page, consoleErrors } = await openApp(app.browser, app.server.url, { viewport: { width: 320, height: 568 } });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const search = await page.getByTestId('search').boundingBox();
    expect(search!.x).toBeGreaterThanOrEqual(0);
    expect(search!.x + search!.width).toBeLessThanOrEqual(320);
    const png = await mapPixels(page);
    expect(countPixels(png, isMunicipalityFill) / (png.width * png.height)).toBeGreaterThan(0.1);
    await page.screenshot({ path: `${SHOTS}/phone-320.png` });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('fills a 4K screen with the map', async () => {
    const { page, consoleErrors } = await openApp(app.browser, app.server.url, { viewport: { width: 3840, height: 2160 } });
    const box = await page.getByTestId('map').boundingBox();
    expect(box!.width).toBeGreaterThan(3000);
    expect(box!.height).toBeGreaterThan(1900);
    const png = await mapPixels(page);
    expect(countPixels(png, isMunicipalityFill) / (png.width * png.height)).toBeGreaterThan(0.1);
    await page.screenshot({ path: `${SHOTS}/window-4k.png` });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('imports a 50 MB nationwide CSV with a progress bar: the 53 RVR rows load, the rest is counted', async () => {
    const file = join(tmpdir(), 'clusteratlas-synthetic-nationwide-50mb.csv');
    writeFileSync(file, syntheticNationwideCsv(await rvrAgs(), 50e6));
    const { page, consoleErrors } = await openApp(app.browser, `${app.server.url}#/?m=05911000`);
    await page.getByTestId('import-file').setInputFiles(file);
    await page.getByTestId('import-progress').waitFor({ timeout: 30_000 });
    await page.getByTestId('import-report').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('import-report').textContent()).toContain('53 Zeilen zugeordnet');
    await page.getByTestId('import-report').locator('summary').click();
    expect(await page.getByTestId('import-report').textContent()).toMatch(/und [\d.]+ weitere/);
    // The selection is still there, and the map is coloured by the new column.
    expect(await page.locator('[data-testid="panel"] h2').textContent()).toBe('Bochum');
    expect(await page.getByTestId('indicator-select').inputValue()).toBe('user:0');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
  it('says so on the map when the online basemap cannot load, switches it off and stops asking', async () => {
    // The tile host unreachable, as without a network (only it: the app's own files still load).
    let tiles = 0;
    const { page } = await openApp(app.browser, app.server.url, {
      before: async (p) => {
        await p.route('https://tile.openstreetmap.org/**', (route) => {
          tiles++;
          return route.abort('internetdisconnected');
        });
      },
    });
    await page.getByTestId('online-basemap').click();
    await expect.poll(() => page.getByTestId('basemap-failed').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.getByTestId('basemap-failed').textContent()).toContain('Online-Grundkarte lädt nicht');
    expect(await page.getByTestId('online-basemap').isChecked()).toBe(false);
    await settle(page);
    // It stopped asking: the tiles of one view at most (70 console errors before), none after.
    const asked = tiles;
    expect(asked).toBeGreaterThan(0);
    expect(asked).toBeLessThan(40);
    const map = (await page.getByTestId('map').boundingBox())!;
    await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
    await page.mouse.wheel(0, -400);
    await settle(page);
    expect(tiles, 'no more tile requests after it gave up').toBe(asked);
    await page.close();
  });
});

async function rvrAgs(): Promise<string[]> {
  const { readFileSync } = await import('node:fs');
  const geo = JSON.parse(readFileSync('geodata/ruhr-municipalities.geojson', 'utf8')) as { features: { properties: { ags: string } }[] };
  return geo.features.map((f) => f.properties.ags);
}
