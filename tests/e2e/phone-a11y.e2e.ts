import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, settle } from '../support/app-page';
import { WITHOUT_SERVICE_WORKER } from '../../tools/browser';
import { SHOTS, useBuiltApp } from '../support/built-app';

const app = useBuiltApp();

/** Runs axe-core in the page and returns its serious and critical violations. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: readFileSync('node_modules/axe-core/axe.min.js', 'utf8') });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, where: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}) at ${v.where.join('; ')}`);
}

describe('exploring on a phone, and accessibility, in Chromium', () => {
  it('works on a phone (360×740, touch): bottom sheet, 44 px targets, controls in a menu', async () => {
    const context = await app.browser.newContext({
      ...WITHOUT_SERVICE_WORKER,
      viewport: { width: 360, height: 740 },
      hasTouch: true,
      isMobile: true,
      deviceScaleFactor: 2,
    });
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
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('button, input[type="checkbox"], input[type="search"]')]
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .map((el) => {
          const r = (el.closest('label, .layer-row') ?? el).getBoundingClientRect();
          return { text: el.textContent?.slice(0, 20), h: r.height };
        })
        .filter((r) => r.h < 43.5),
    );
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
    const context = await app.browser.newContext({
      ...WITHOUT_SERVICE_WORKER,
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
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
    await institutions.evaluate((el) => {
      el.scrollLeft = 400;
    });
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
