import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { openApp, settle } from '../support/app-page';
import { WITHOUT_SERVICE_WORKER } from '../../tools/browser';
import { SHOTS, useBuiltApp } from '../support/built-app';

const app = useBuiltApp();

describe('exploring in Chromium: search, links, Back, time, the list', () => {
  it('search "Muelheim" + Enter selects Mülheim an der Ruhr and flies there', async () => {
    const { page, consoleErrors } = await openApp(app.browser, app.server.url);
    const before = await page.evaluate(() => window.location.hash);
    await page.getByTestId('search').fill('Muelheim');
    await expect.poll(() => page.getByRole('option').first().textContent()).toContain('Mülheim an der Ruhr');
    await page.getByTestId('search').press('Enter');
    await expect.poll(() => page.locator('[data-testid="panel"] h2').textContent()).toBe('Mülheim an der Ruhr');
    await expect.poll(() => page.evaluate(() => window.location.hash), { timeout: 15_000 }).toMatch(/v=1[01]\.\d+\/51\.4\d+\/6\.8\d+/);
    expect(before).not.toContain('v=1');
    await settle(page);
    await page.screenshot({ path: `${SHOTS}/search-muelheim.png` });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('a shared link reopens selection, hidden layers, year and language — also after reload', async () => {
    const hash = '#/?i=zeche-zollverein&hc=health&y=2005&lang=en';
    const { page } = await openApp(app.browser, `${app.server.url}${hash}`, { layers: true });
    const check = async () => {
      expect(await page.locator('[data-testid="panel"] h2').textContent()).toMatch(/Zollverein/);
      expect(await page.getByTestId('toggle-cluster-health').isChecked()).toBe(false);
      expect(await page.locator('.time-year').textContent()).toBe('2005');
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.getByTestId('list-toggle').textContent()).toBe('List');
    };
    await check();
    await page.reload();
    await page.waitForSelector('[data-map-idle="true"]');
    await check();
    // The picture once the data layers are drawn: the selected institution ringed in the middle.
    await page.waitForSelector('[data-layers-ready="true"]', { timeout: 90_000 });
    await settle(page);
    await page.screenshot({ path: `${SHOTS}/shared-link-2005-en.png` });
    await page.close();
  });

  it('finds the actors the sources name by their short forms, and says what each hit is once', async () => {
    const { page, consoleErrors } = await openApp(app.browser, app.server.url);
    const first = () => page.getByRole('option').first();
    await page.getByTestId('search').fill('Logistik');
    await expect.poll(() => first().textContent()).toBe('LogistikCluster');
    await page.getByTestId('search').fill('TIW');
    await expect.poll(() => first().textContent()).toMatch(/^TrHy.*Wasserstoff & Energie · ohne Punkt auf der Karte$/);
    await page.getByTestId('search').fill('HGI');
    await expect.poll(() => first().textContent()).toMatch(/^Horst-Görtz-Institut.*Bochum$/);
    await page.getByTestId('search').press('Enter');
    await expect.poll(() => page.locator('[data-testid="panel"] h2').textContent()).toMatch(/^Horst-Görtz-Institut/);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('the back button steps back through opened panels and the list, camera included; a drag or a layer switch adds no step', async () => {
    const { page, consoleErrors } = await openApp(app.browser, app.server.url);
    const hash = () => page.evaluate(() => window.location.hash);
    const entries = () => page.evaluate(() => window.history.length);
    const heading = page.locator('[data-testid="panel"] h2');
    const viewIn = (h: string) =>
      h
        .match(/v=([\d.]+)\/([\d.]+)\/([\d.]+)/)
        ?.slice(1)
        .map(Number);
    const open = async (query: string, name: string) => {
      await page.getByTestId('search').fill(query);
      await expect.poll(() => page.getByRole('option').first().textContent()).toMatch(new RegExp(`^${name}Kommune`));
      await page.getByTestId('search').press('Enter');
      await expect.poll(() => heading.textContent()).toBe(name);
      await settle(page);
    };
    const start = await entries();
    await open('Bochum', 'Bochum');
    const atBochum = viewIn(await hash());
    expect(atBochum?.[0]).toBeGreaterThan(10);
    await open('Dortmund', 'Dortmund');
    const box = (await page.getByTestId('map').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 150, box.y + box.height / 2 + 60, { steps: 6 });
    await page.mouse.up();
    await page.getByTestId('toggle-cluster-logistics').click();
    await expect.poll(hash).toContain('hc=logistics');
    expect(await entries()).toBe(start + 2);

    // Back: Bochum's panel and camera again; the switched-off layer stays off.
    await page.goBack();
    await expect.poll(() => heading.textContent()).toBe('Bochum');
    await settle(page);
    expect(viewIn(await hash())).toEqual(atBochum);
    expect(await hash()).toContain('hc=logistics');
    expect(await page.getByTestId('toggle-cluster-logistics').isChecked()).toBe(false);
    // Back once more: the panel closes and the whole region is in view, as the page opened.
    await page.goBack();
    await expect.poll(() => heading.count()).toBe(0);
    await settle(page);
    expect(await hash()).not.toMatch(/[?&]m=/);
    expect(viewIn(await hash())?.[0]).toBeLessThan(9.5);
    // Forward opens Bochum again; the list is a step too.
    await page.goForward();
    await expect.poll(() => heading.textContent()).toBe('Bochum');
    await settle(page);
    // A camera of the user's own (a drag), then the list and Back: the map is where it was.
    const box2 = (await page.getByTestId('map').boundingBox())!;
    await page.mouse.move(box2.x + box2.width / 2, box2.y + box2.height / 2);
    await page.mouse.down();
    await page.mouse.move(box2.x + box2.width / 2 - 200, box2.y + box2.height / 2 + 80, { steps: 6 });
    await page.mouse.up();
    await settle(page);
    const dragged = viewIn(await hash());
    const probe = () => page.evaluate(() => window.__clusteratlas!.project([7.2, 51.48]));
    const dragPoint = await probe();
    await page.getByTestId('list-toggle').click();
    await expect.poll(hash).toMatch(/^#\/list\?/);
    await page.goBack();
    await expect.poll(() => page.getByTestId('list-toggle').textContent()).toBe('Liste');
    await settle(page);
    expect(await hash()).toMatch(/^#\/\?/);
    expect(await heading.textContent()).toBe('Bochum');
    expect(viewIn(await hash()), 'Back from the list keeps the camera').toEqual(dragged);
    const back = await probe();
    expect(Math.abs(back.x - dragPoint.x) + Math.abs(back.y - dragPoint.y)).toBeLessThan(2);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('shares the current view as a link: copied to the clipboard, or shown to copy by hand', async () => {
    const context = await app.browser.newContext({
      ...WITHOUT_SERVICE_WORKER,
      viewport: { width: 1280, height: 800 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await context.newPage();
    await page.goto(`${app.server.url}#/?m=05911000&y=2005`);
    await page.waitForSelector('[data-map-idle="true"]', { timeout: 90_000 });
    await page.getByTestId('share-link').click();
    await expect.poll(() => page.getByTestId('share-status').textContent()).toContain('Link kopiert');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.evaluate(() => window.location.href));
    expect(copied).toContain('m=05911000');
    expect(copied).toContain('y=2005');
    // Where the clipboard is refused, the link is offered in a field, selected.
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    await page.getByTestId('share-link').click();
    await expect.poll(() => page.getByTestId('share-url').inputValue()).toBe(copied);
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.dataset.testid)).toBe('share-url');
    await context.close();
  });

  it('the 2005 preset hides what was founded later, and the list shows it as a table', async () => {
    const { page } = await openApp(app.browser, app.server.url);
    await page.getByTestId('list-toggle').click();
    // The list is its own chunk: wait for its rows.
    await page.locator('[data-testid="list-view"] tbody tr').first().waitFor();
    const all = await page.locator('[data-testid="list-view"] tbody tr').count();
    await page.getByRole('button', { name: '2005', exact: true }).click();
    await expect.poll(() => page.locator('[data-testid="list-view"] tbody tr').count()).toBeLessThan(all);
    const in2005 = await page.locator('[data-testid="list-view"] tbody tr').count();
    expect(all).toBeGreaterThanOrEqual(80);
    expect(in2005).toBeLessThan(all);
    expect(in2005).toBeGreaterThan(40);
    await page.screenshot({ path: `${SHOTS}/list-2005.png` });
    await page.close();
  });

  it('lists every municipality with its LQ per cluster: sorted by a click, per Kreis, and as CSV downloads', async () => {
    const { page, consoleErrors } = await openApp(app.browser, app.server.url);
    await page.getByTestId('list-toggle').click();
    const [institutions] = await Promise.all([page.waitForEvent('download'), page.getByTestId('list-csv-de').click()]);
    const instCsv = await (await institutions.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
    // One row per institution on today's map (merged ones have left it), plus the header.
    const rows = (
      JSON.parse(readFileSync('geodata/institutions.geojson', 'utf8')) as { features: { properties: { ended: { kind: string } | null } }[] }
    ).features;
    const today = rows.filter((f) => !f.properties.ended || f.properties.ended.kind === 'closed').length;
    expect(instCsv.trim().split('\n')).toHaveLength(today + 1);
    expect(instCsv).toContain('ID;Name;Name (englisch);Art;Cluster;Kommune;AGS;Längengrad;Breitengrad');
    await page.getByTestId('list-tab-regions').click();
    const table = page.getByTestId('region-table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(53);
    await table.locator('[data-sort="lq:itsec"]').click();
    expect(await table.locator('th[aria-sort="descending"]').count()).toBe(1);
    expect(await table.locator('tbody tr th').first().textContent()).toBe('Bochum');
    await page.screenshot({ path: `${SHOTS}/region-table.png` });
    // Every row keeps its line under the names, which stay in view when the table scrolls
    // sideways: at fractional row heights every other line vanished there.
    const names = table.locator('tbody th');
    const boxes = await Promise.all([...Array(10).keys()].map(async (k) => (await names.nth(k).boundingBox())!));
    const top = boxes[0]!.y;
    const strip = PNG.sync.read(
      await page.screenshot({ clip: { x: boxes[0]!.x + 4, y: top, width: 1, height: boxes[9]!.y + boxes[9]!.height - top + 2 } }),
    );
    const dark = (y: number) => {
      const i = y * strip.width * 4;
      return strip.data[i]! + strip.data[i + 1]! + strip.data[i + 2]! < 3 * 0xf0;
    };
    const lineless = boxes.filter((b) => ![-2, -1, 0, 1].some((d) => dark(Math.round(b.y + b.height - top) + d))).length;
    expect(lineless).toBe(0);
    await table.getByText('je Kreis').click();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(15);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('table-csv-de').click()]);
    expect(download.suggestedFilename()).toBe('clusteratlas-kreise-de.csv');
    const csv = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
    expect(csv.trim().split('\n')).toHaveLength(16);
    expect(csv).toMatch(/05978;Kreis Unna;Kreis;393393;540,\d\d;/);
    // A name opens its panel, as on the map.
    await table.getByRole('button', { name: 'Kreis Unna' }).click();
    await expect.poll(() => page.locator('[data-testid="panel"] h2').textContent()).toBe('Kreis Unna');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
