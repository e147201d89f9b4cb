import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { openApp, settle } from '../support/app-page';
import { WITHOUT_SERVICE_WORKER } from '../support/browser';
import { SHOTS, useBuiltApp } from '../support/built-app';

const app = useBuiltApp();

/** Runs axe-core in the page and returns its serious and critical violations. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: readFileSync('node_modules/axe-core/axe.min.js', 'utf8') });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, where: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}) at ${v.where.join('; ')}`);
}


describe('exploring: search, links, time, list, phone, accessibility', () => {
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
    const viewIn = (h: string) => h.match(/v=([\d.]+)\/([\d.]+)\/([\d.]+)/)?.slice(1).map(Number);
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
    const context = await app.browser.newContext({ ...WITHOUT_SERVICE_WORKER, viewport: { width: 1280, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] });
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
    await page.evaluate(() => { navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError')); });
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
    const rows = (JSON.parse(readFileSync('geodata/institutions.geojson', 'utf8')) as { features: { properties: { ended: { kind: string } | null } }[] }).features;
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
    const strip = PNG.sync.read(await page.screenshot({ clip: { x: boxes[0]!.x + 4, y: top, width: 1, height: boxes[9]!.y + boxes[9]!.height - top + 2 } }));
    const dark = (y: number) => { const i = y * strip.width * 4; return strip.data[i]! + strip.data[i + 1]! + strip.data[i + 2]! < 3 * 0xf0; };
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

  it('works on a phone (360×740, touch): bottom sheet, 44 px targets, controls in a menu', async () => {
    const context = await app.browser.newContext({ ...WITHOUT_SERVICE_WORKER, viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(`${app.server.url}#/?m=05911000`);
    await page.waitForSelector('[data-layers-ready="true"]', { timeout: 90_000 });
    await settle(page);
    await page.screenshot({ path: `${SHOTS}/phone-bochum.png` });
    const side = (await page.locator('.side').boundingBox())!;
    expect(side.y).toBeGreaterThan(300);
    expect(await page.locator('[data-testid="panel"] h2').textContent()).toBe('Bochum');
    // A link with a selection but no camera opens on the selection: the scale bar reads a few km
    // (Bochum is 20 km wide), not the 20 km or more of the whole region at this width.
    const scale = (await page.locator('.maplibregl-ctrl-scale').textContent())!.replace(/\s/g, ' ');
    expect(scale).toMatch(/^\d+ k?m$/);
    expect(scale.endsWith(' m') || Number.parseInt(scale, 10) <= 5).toBe(true);
    const small = await page.evaluate(() => [...document.querySelectorAll('button, input[type="checkbox"], input[type="search"]')]
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .map((el) => { const r = (el.closest('label, .layer-row') ?? el).getBoundingClientRect(); return { text: el.textContent?.slice(0, 20), h: r.height }; })
      .filter((r) => r.h < 43.5));
    expect(small).toEqual([]);
    // The header is two rows (title with menu, search): the map keeps the screen.
    expect((await page.locator('.app-header').boundingBox())!.height).toBeLessThan(120);
    expect(await page.getByTestId('list-toggle').isVisible()).toBe(false);
    // The time line is folded to a button with its year: open, it covered a fifth of the map.
    const time = page.locator('.map-wrap').getByTestId('time-slider');
    const folded = (await time.boundingBox())!;
    const mapBox = (await page.getByTestId('map').boundingBox())!;
    expect(folded.width * folded.height).toBeLessThan(0.05 * mapBox.width * mapBox.height);
    expect(await time.getByRole('button', { name: '2005', exact: true }).isVisible()).toBe(false);
    await time.getByRole('button', { name: 'Zeitleiste: Heute' }).tap();
    await time.getByRole('button', { name: '2005', exact: true }).tap();
    // Open, the bar says which year the map shows (it showed only the range before).
    await expect.poll(() => time.locator('.time-year').isVisible()).toBe(true);
    expect(await time.locator('.time-year').textContent()).toBe('2005');
    await time.getByRole('button', { name: 'Zeitleiste einklappen' }).tap();
    await expect.poll(() => time.getByRole('button', { name: 'Zeitleiste: 2005' }).isVisible()).toBe(true);
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('y=2005');
    await page.screenshot({ path: `${SHOTS}/phone-time-2005.png` });
    const menu = page.getByTestId('menu-button');
    await menu.tap();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await page.screenshot({ path: `${SHOTS}/phone-menu.png` });
    // Focus moved into the menu; Escape closes it and returns focus to the button.
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('#app-controls') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('list-toggle').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('menu-button');
    // An entry does its job and closes the menu; the selection is kept.
    await menu.tap();
    await page.getByTestId('list-toggle').tap();
    await expect.poll(() => page.getByTestId('list-view').isVisible()).toBe(true);
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => window.location.hash)).toContain('m=05911000');
    await context.close();
  });

  it('on a phone, the list takes the screen: names stay in view while figures scroll, a tapped name opens its sheet', async () => {
    const context = await app.browser.newContext({ ...WITHOUT_SERVICE_WORKER, viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(app.server.url);
    await page.waitForSelector('[data-map-idle="true"]', { timeout: 90_000 });
    await page.getByTestId('menu-button').tap();
    await page.getByTestId('list-toggle').tap();
    // The list's own time line is not folded: its year buttons are there at once.
    await expect.poll(() => page.getByTestId('list-view').getByRole('button', { name: '2005', exact: true }).isVisible()).toBe(true);
    // The institutions' table scrolls sideways inside its box; the section and the names stay.
    const institutions = page.getByTestId('institution-table');
    await institutions.locator('tbody tr').first().waitFor();
    await institutions.evaluate((el) => { el.scrollLeft = 400; });
    expect(await institutions.evaluate((el) => el.scrollLeft), 'the table scrolls sideways').toBeGreaterThan(100);
    expect(await page.getByTestId('list-view').evaluate((el) => el.scrollLeft)).toBe(0);
    const first = (await institutions.locator('tbody th').first().boundingBox())!;
    expect(first.x).toBeGreaterThanOrEqual(0);
    expect(first.x + first.width).toBeLessThan(390 * 0.6);
    await page.screenshot({ path: `${SHOTS}/phone-list-institutions-scrolled.png` });
    await page.getByTestId('list-tab-regions').tap();
    const table = page.getByTestId('region-table');
    await table.locator('tbody tr').first().waitFor();
    // No legend under the list, and the list is most of the screen.
    expect(await page.getByTestId('layer-panel').isVisible()).toBe(false);
    expect((await page.getByTestId('list-view').boundingBox())!.height).toBeGreaterThan(844 * 0.7);
    // Scrolled to the last cluster column, the names are still on screen.
    await table.locator('[data-sort="lq:montan"]').scrollIntoViewIfNeeded();
    expect(await table.locator('.table-scroll').evaluate((el) => el.scrollLeft)).toBeGreaterThan(100);
    const name = (await table.getByRole('button', { name: 'Bochum', exact: true }).boundingBox())!;
    expect(name.x).toBeGreaterThanOrEqual(0);
    expect(name.x + name.width).toBeLessThan(200);
    await table.getByRole('button', { name: 'Bochum', exact: true }).tap();
    await expect.poll(() => page.locator('[data-testid="panel"] h2').textContent()).toBe('Bochum');
    await page.screenshot({ path: `${SHOTS}/phone-list-bochum.png` });
    const sheet = (await page.locator('.side').boundingBox())!;
    expect(sheet.y).toBeGreaterThan(400);
    await context.close();
  });

  it('has no serious or critical axe-core violation, on the map and in both tables of the list', async () => {
    const { page } = await openApp(app.browser, `${app.server.url}#/?m=05911000`, { layers: true, bypassCSP: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('list-toggle').click();
    await page.getByTestId('list-view').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('list-tab-regions').click();
    await page.getByTestId('region-table').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('tells where the data comes from in an Info box: Esc, back and a click beside it close it, the panel behind stays', async () => {
    const { page, consoleErrors, foreignRequests } = await openApp(app.browser, `${app.server.url}#/?m=05911000`, { bypassCSP: true });
    const about = page.getByTestId('about');
    const heading = page.locator('[data-testid="panel"] h2');
    await page.getByTestId('about-button').click();
    await expect.poll(() => about.isVisible()).toBe(true);
    const text = (await about.textContent())!;
    expect(text).toContain('Über den Clusteratlas Ruhr');
    expect(text).toMatch(/\d{3} Einrichtungen in den 53 Kommunen des Regionalverbands Ruhr, 5 Cluster und 3 Korridore/);
    // The two documents behind the clusters, dated as German readers write dates.
    expect(text).toContain('Marketing Club Bochum, 24.11.2005');
    expect(text).toContain('Bochum Wirtschaftsentwicklung, 23.09.2021');
    expect(text).toContain('Zensus 2022');
    expect(text).toContain('je 3 km beiderseits');
    expect(text).toContain('tile.openstreetmap.org');
    // A modal box: the focus is inside it.
    expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="about"]') !== null)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/about.png` });

    await page.keyboard.press('Escape');
    await expect.poll(() => about.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('about-button');
    expect(await heading.textContent()).toBe('Bochum');
    // The back button (a phone's back gesture) closes the box, not the panel behind it.
    await page.getByTestId('about-button').click();
    await expect.poll(() => about.isVisible()).toBe(true);
    await page.goBack();
    await expect.poll(() => about.count()).toBe(0);
    expect(await heading.textContent()).toBe('Bochum');
    expect(await page.evaluate(() => window.location.hash)).toContain('m=05911000');
    // A click beside the box closes it too.
    await page.getByTestId('about-button').click();
    await expect.poll(() => about.isVisible()).toBe(true);
    await page.mouse.click(8, 400);
    await expect.poll(() => about.count()).toBe(0);
    expect(await heading.textContent()).toBe('Bochum');
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('has none in a Kreis panel with its specialisation table beside a comparison', async () => {
    const { page } = await openApp(app.browser, `${app.server.url}#/?kr=05978&cmp=05978,05911000`, { bypassCSP: true });
    await expect.poll(() => page.locator('[data-testid="panel"] h2').textContent()).toBe('Kreis Unna');
    await expect.poll(() => page.getByTestId('compare-card').count()).toBe(2);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
