import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import proj4 from 'proj4';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mapPixels, openApp, settle } from '../support/app-page';
import { SHOTS, useBuiltApp } from '../support/built-app';
import { syntheticPointsCsv } from '../../tools/synthetic-points';
import { readPointFile } from '../../src/data/points/read-point-file';
import { readGeodataFiles } from '../../tools/read-geodata';
import { pointTilesArchive } from '../../tools/point-tiles';

const app = useBuiltApp();
const ROWS = 124_000;
const BOCHUM = '05911000';
// A SYNTHETIC firm register of the region's size (the Ruhr has about 124,000 firms), with 3 broken rows.
const file = syntheticPointsCsv(ROWS);
const path = join(tmpdir(), `clusteratlas-synthetic-points-${ROWS}.csv`);
writeFileSync(path, file.csv);

const shownText = (page: Page) => page.getByTestId('own-points-shown').textContent();
const de = (n: number) => n.toLocaleString('de-DE');

async function loadPoints(page: Page) {
  await page.getByTestId('import-file').setInputFiles(path);
  await page.waitForSelector(`[data-own-points="${ROWS}"]`, { timeout: 120_000 });
}

async function download(page: Page, testId: string): Promise<string[][]> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const text = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  return text
    .replace(/^\ufeff/, '')
    .trim()
    .split(/\r?\n/)
    .map((l) => l.split(';'));
}

/** Share of the map's pixels that differ between two pictures of it. */
const changedShare = (a: Awaited<ReturnType<typeof mapPixels>>, b: Awaited<ReturnType<typeof mapPixels>>) => {
  let changed = 0;
  for (let i = 0; i < a.data.length; i += 4)
    if (Math.abs(a.data[i]! - b.data[i]!) + Math.abs(a.data[i + 2]! - b.data[i + 2]!) > 24) changed++;
  return changed / (a.width * a.height);
};

describe("a planner's own points: 124,000 SYNTHETIC firms load, draw, filter and are counted", () => {
  it(
    'loads the file in a worker, draws it, reports the broken rows, and counts per municipality and Kreis',
    { timeout: 180_000 },
    async () => {
      // The picture to compare with is taken once every layer of the atlas is drawn.
      const { page, consoleErrors } = await openApp(app.browser, app.server.url, { layers: true });
      await settle(page);
      const before = await mapPixels(page);
      await loadPoints(page);
      expect(await shownText(page)).toBe(`${de(ROWS)} von ${de(ROWS)} Punkten gezeigt, ${de(ROWS)} davon in RVR-Kommunen`);
      const report = await page.getByTestId('import-report').textContent();
      expect(report).toContain('EPSG:25832');
      expect(report).toContain('3 Hinweise');
      // The map is coloured by the counts, and the points are drawn over it.
      expect(await page.getByTestId('indicator-select').inputValue()).toBe('user:0');
      await settle(page);
      // WebGL here is software (SwiftShader): the map draws a fixed sample of the points in view, and says so.
      const drawn = Number(await page.locator('[data-own-points]').getAttribute('data-own-points-drawn'));
      expect(drawn).toBeGreaterThan(19_000);
      expect(drawn).toBeLessThanOrEqual(20_000);
      expect(await page.getByTestId('own-points-drawn').textContent()).toContain(`${de(drawn)} der ${de(ROWS)} gezeigten Punkte`);
      const sample = await mapPixels(page);
      expect(changedShare(before, sample)).toBeGreaterThan(0.2);
      await page.screenshot({ path: `${SHOTS}/own-points-124k-sample.png` });
      // Every point on request: slow in software, as the panel says.
      await page.getByTestId('draw-all-points').check();
      await page.waitForSelector(`[data-own-points-drawn="${ROWS}"]`, { timeout: 120_000 });
      expect(await page.getByTestId('own-points-drawn').textContent()).toContain(`alle ${de(ROWS)} Punkte zu zeichnen`);
      await settle(page);
      const whole = await mapPixels(page);
      expect(changedShare(before, whole)).toBeGreaterThan(0.2);
      expect(changedShare(sample, whole)).toBeGreaterThan(0.01);
      await page.screenshot({ path: `${SHOTS}/own-points-124k.png` });

      // Counts per municipality and Kreis, as exported, are the generator's own.
      const rows = await download(page, 'export-point-counts-de');
      const perMunicipality = Object.fromEntries(rows.filter((r) => r[0] === 'Kommune').map((r) => [r[1], Number(r[4])]));
      expect(perMunicipality).toEqual(file.perAgs);
      const ennepe = rows.find((r) => r[0] === 'Kreis' && r[2] === 'Ennepe-Ruhr-Kreis')!;
      const ennepeSum = Object.entries(file.perAgs)
        .filter(([a]) => a.startsWith('05954'))
        .reduce((s, [, n]) => s + n, 0);
      expect(Number(ennepe[4])).toBe(ennepeSum);
      expect(consoleErrors).toEqual([]);
      await page.close();
    },
  );

  it('filters by a category column on the map, in the counts and in the exports', { timeout: 240_000 }, async () => {
    const { page, consoleErrors } = await openApp(app.browser, `${app.server.url}#/?m=${BOCHUM}`);
    await loadPoints(page);
    await settle(page);
    // Zoomed to Bochum, still a sample in software WebGL (Bochum and its neighbours hold ~40,000).
    const drawn = Number(await page.locator('[data-own-points]').getAttribute('data-own-points-drawn'));
    expect(await page.getByTestId('own-points-drawn').textContent()).toMatch(new RegExp(`${de(drawn)} der [.\\d]+ gezeigten Punkte`));
    const all = await mapPixels(page);
    // Sector C off (the first value of the first column).
    await page.getByTestId('point-filter-0-0').uncheck();
    const shown = ROWS - file.perSector.C!;
    await expect.poll(() => shownText(page)).toBe(`${de(shown)} von ${de(ROWS)} Punkten gezeigt, ${de(shown)} davon in RVR-Kommunen`);
    await settle(page);
    await page.screenshot({ path: `${SHOTS}/own-points-filtered.png` });
    // The counts column follows the filter and says so.
    const rows = await download(page, 'export-point-counts-de');
    const bochum = rows.find((r) => r[1] === BOCHUM)!;
    expect(bochum[5]).toContain('wz_abschnitt: F, G, H (+5)');
    const shownRows = await download(page, 'export-points-de');
    expect(shownRows.length - 1).toBe(shown);
    expect(shownRows.slice(1).every((r) => r[5] !== 'C')).toBe(true);
    // Every sector off: no point is drawn (the GPU filter), none is counted.
    await page.getByTestId('point-column-none-0').click();
    await expect.poll(() => shownText(page)).toBe(`0 von ${de(ROWS)} Punkten gezeigt, 0 davon in RVR-Kommunen`);
    await settle(page);
    const none = await mapPixels(page);
    expect(changedShare(all, none)).toBeGreaterThan(0.2);
    await page.getByTestId('point-column-all-0').click();
    await expect.poll(() => shownText(page)).toContain(`${de(ROWS)} von`);
    await settle(page);
    expect(changedShare(all, await mapPixels(page))).toBeLessThan(0.01);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('names a point under the pointer, zoomed in', { timeout: 180_000 }, async () => {
    const first = file.csv.split('\n')[1]!.split(';');
    const [x, y] = [Number(first[4]!.replace(',', '.')), Number(first[5]!.replace(',', '.'))];
    const [lon, lat] = proj4('+proj=utm +zone=32 +ellps=GRS80 +units=m +no_defs', 'EPSG:4326').forward([x, y]) as [number, number];
    const { page, consoleErrors } = await openApp(app.browser, `${app.server.url}#/?v=14/${lat.toFixed(5)}/${lon.toFixed(5)}`);
    await loadPoints(page);
    await settle(page);
    // Zoomed in this far, every shown point in and around the view is drawn, even in software WebGL.
    const drawn = Number(await page.locator('[data-own-points]').getAttribute('data-own-points-drawn'));
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(20_000);
    expect(await page.getByTestId('own-points-drawn').textContent()).toContain(`hier alle ${de(drawn)}`);
    const at = await page.evaluate(([a, b]) => window.__clusteratlas!.project([a!, b!]), [lon, lat]);
    const box = (await page.getByTestId('map').boundingBox())!;
    await page.mouse.move(box.x + at.x, box.y + at.y);
    await expect.poll(() => page.getByTestId('tooltip').textContent()).toContain('Synthetischer Betrieb 1');
    expect(await page.getByTestId('tooltip').textContent()).toContain(`wz_abschnitt: ${first[2]}`);
    await page.screenshot({ path: `${SHOTS}/own-points-hover.png` });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});

describe('a point set too large for the browser, as one PMTiles file read by range requests', () => {
  it('draws clusters with counts from the tiles in view, reading only byte ranges of the file', { timeout: 120_000 }, async () => {
    const { municipalities } = readGeodataFiles();
    const small = syntheticPointsCsv(20_000);
    const { points } = readPointFile('s.csv', new TextEncoder().encode(small.csv), municipalities, 'auto', 'de');
    const { archive } = pointTilesArchive(points);
    const { page, consoleErrors } = await openApp(app.browser, app.server.url, { layers: true });
    // A static host: answers each Range request with those bytes (206), as any web server does.
    const served: number[] = [];
    await page.route('**/eigene-punkte.pmtiles', async (route) => {
      const range = /bytes=(\d+)-(\d+)/.exec(route.request().headers().range ?? '');
      if (!range) return route.fulfill({ status: 200, body: Buffer.from(archive) });
      const [from, to] = [Number(range[1]), Math.min(Number(range[2]), archive.length - 1)];
      served.push(to - from + 1);
      await route.fulfill({
        status: 206,
        headers: {
          'Content-Range': `bytes ${from}-${to}/${archive.length}`,
          'Accept-Ranges': 'bytes',
          'Content-Type': 'application/octet-stream',
        },
        body: Buffer.from(archive.subarray(from, to + 1)),
      });
    });
    await settle(page);
    const before = await mapPixels(page);
    await page.getByTestId('import-tiles-url').fill('eigene-punkte.pmtiles');
    await page.getByTestId('import-tiles-load').click();
    await page.waitForSelector('[data-point-tiles]', { timeout: 60_000 });
    await settle(page);
    expect(await page.getByTestId('import-report').textContent()).toContain('20.000 Punkten');
    expect(changedShare(before, await mapPixels(page))).toBeGreaterThan(0.02);
    // Only parts of the file were read: the header and the tiles of the region view.
    expect(served.length).toBeGreaterThan(1);
    expect(served.reduce((a, b) => a + b, 0)).toBeLessThan(archive.length / 2);
    await page.screenshot({ path: `${SHOTS}/own-point-tiles.png` });
    await page.getByTestId('remove-point-tiles').click();
    await settle(page);
    expect(changedShare(before, await mapPixels(page))).toBeLessThan(0.01);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
