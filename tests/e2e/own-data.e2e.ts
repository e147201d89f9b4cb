import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openApp, settle } from '../support/app-page';
import { SHOTS, useBuiltApp } from '../support/built-app';

const app = useBuiltApp();

describe("a planner's own data in Chromium: counts per Kreis, the region table, a CSV import", () => {
  it('colours own counts per Kreis once the user says they add up: legend 1 to 13', async () => {
    const { page, consoleErrors } = await openApp(app.browser, app.server.url);
    const ags = (
      JSON.parse(readFileSync('geodata/ruhr-municipalities.geojson', 'utf8')) as { features: { properties: { ags: string } }[] }
    ).features.map((f) => f.properties.ags);
    const csv = `AGS;Betriebe\n${ags.map((a) => `${a};1`).join('\n')}\n`;
    await page.getByTestId('import-file').setInputFiles({ name: 'betriebe.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => page.getByTestId('indicator-select').inputValue()).toBe('user:0');
    await page.getByTestId('choropleth-level').getByLabel('je Kreis').check();
    // Until the user says what the column holds, the map stays per municipality (all ones).
    const aggregation = page.getByTestId('own-data-aggregation');
    expect(await aggregation.textContent()).toContain('Anzahlen oder Quoten');
    expect(await page.getByTestId('choropleth-legend').textContent()).not.toContain('13');
    await aggregation.getByLabel(/addieren/).check();
    // Kreis Wesel has 13 members, a kreisfreie Stadt counts once.
    // Counts are whole numbers, shown so; a class of one value is that value, not "1 – 1".
    await expect.poll(() => page.getByTestId('choropleth-legend').locator('li').first().textContent()).toMatch(/^1 +\(11\)/);
    expect(await page.getByTestId('choropleth-legend').textContent()).toMatch(/\b13\b/);
    await settle(page);
    await page.getByTestId('choropleth').screenshot({ path: `${SHOTS}/own-data-per-kreis.png` });
    await page.screenshot({ path: `${SHOTS}/own-data-per-kreis-map.png` });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('lists own data in the region table, per Kreis once the user says it adds up; the map uses the same answer', async () => {
    const { page, consoleErrors } = await openApp(app.browser, app.server.url);
    const ags = (
      JSON.parse(readFileSync('geodata/ruhr-municipalities.geojson', 'utf8')) as { features: { properties: { ags: string } }[] }
    ).features.map((f) => f.properties.ags);
    await page.getByTestId('import-file').setInputFiles({
      name: 'betriebe.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`AGS;Betriebe\n${ags.map((a) => `${a};1`).join('\n')}\n`),
    });
    await expect.poll(() => page.getByTestId('indicator-select').inputValue()).toBe('user:0');
    await page.getByTestId('list-toggle').click();
    await page.getByTestId('list-tab-regions').click();
    const table = page.getByTestId('region-table');
    await expect.poll(() => table.locator('thead').textContent()).toContain('Betriebe');
    const weselRow = () => table.locator('tbody tr', { has: page.getByRole('button', { name: 'Kreis Wesel', exact: true }) });
    await table.getByText('je Kreis').click();
    // Per Kreis the column waits for the user's word: empty, with the question.
    const ask = page.getByTestId('table-aggregation-user:0');
    expect(await ask.textContent()).toContain('Anzahlen oder Quoten');
    expect(await weselRow().locator('td.own').textContent()).toBe('–');
    await ask.getByLabel(/addieren/).check();
    await expect.poll(() => weselRow().locator('td.own').textContent()).toBe('13,00');
    await page.screenshot({ path: `${SHOTS}/region-table-own-data.png` });
    // The map, coloured per Kreis, takes the same answer without asking again.
    await page.getByTestId('list-toggle').click();
    await page.getByTestId('choropleth-level').getByLabel('je Kreis').check();
    await expect.poll(() => page.getByTestId('choropleth-legend').textContent()).toMatch(/\b13\b/);
    expect(
      await page
        .getByTestId('own-data-aggregation')
        .getByLabel(/addieren/)
        .isChecked(),
    ).toBe(true);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('imports a German CSV (worker), colours the map by it, and reports bad rows; a binary file changes nothing', async () => {
    const { page, consoleErrors } = await openApp(app.browser, `${app.server.url}#/?m=05911000`);
    await page.getByTestId('import-file').setInputFiles('tests/fixtures/broken.csv');
    await expect.poll(() => page.getByTestId('import-report').textContent()).toContain('3');
    expect(await page.getByTestId('indicator-select').inputValue()).toBe('user:0');
    await expect.poll(() => page.getByTestId('choropleth-legend').locator('li').count()).toBeGreaterThan(1);
    await page.getByTestId('import-report').locator('summary').click();
    expect(await page.getByTestId('import-report').textContent()).toMatch(/Zeile 3: AGS 99999999/);
    await page.getByTestId('import-file').setInputFiles('tests/fixtures/binary.csv');
    await expect.poll(() => page.getByTestId('import-error').textContent()).toMatch(/keine Textdatei/);
    // Nothing was lost: the selection and the first import are still there.
    expect(await page.locator('[data-testid="panel"] h2').textContent()).toBe('Bochum');
    expect(await page.getByTestId('indicator-select').inputValue()).toBe('user:0');
    await page.screenshot({ path: `${SHOTS}/import-csv.png` });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
