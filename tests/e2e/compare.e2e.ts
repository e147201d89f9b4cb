import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countPixels, mapPixels, openApp, settle } from '../support/app-page';
import { SHOTS, useBuiltApp } from '../support/built-app';
import { syntheticGenesis2021, syntheticGenesisFlat2021 } from '../support/synthetic-genesis';

const app = useBuiltApp();

describe('comparing municipalities in Chromium', () => {
  it('compares Bochum and Duisburg: cards, URL, and a German CSV download', async () => {
    const { page, consoleErrors } = await openApp(app.browser, `${app.server.url}#/?m=05911000`);
    await page.getByTestId('compare-toggle').click();
    await page.getByTestId('search').fill('Duisburg');
    await page.getByTestId('search').press('Enter');
    await expect.poll(() => page.locator('[data-testid="panel"] h2').textContent()).toBe('Duisburg');
    await page.getByTestId('compare-toggle').click();
    await expect.poll(() => page.getByTestId('compare-card').count()).toBe(2);
    expect(await page.evaluate(() => window.location.hash)).toContain('cmp=05911000,05112000');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv-de').click()]);
    const csv = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('Kennzahl;Bochum (05911000);Duisburg (05112000)');
    expect(csv).toContain('Einwohner (Zensus 2022);354288;501415');
    expect(csv).toMatch(/Fläche km²;144,\d\d;/);
    await page.screenshot({ path: `${SHOTS}/compare-bochum-duisburg.png` });
    // The comparison sits above the time slider, not over its top edge.
    const compareBox = (await page.getByTestId('compare').boundingBox())!;
    const sliderBox = (await page.getByTestId('time-slider').boundingBox())!;
    expect(compareBox.y + compareBox.height).toBeLessThan(sliderBox.y);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('compares Bochum, Dortmund, Essen and Duisburg on official employment: LQ, rank, strong flag, growth, CSV', async () => {
    const { page, consoleErrors } = await openApp(app.browser, `${app.server.url}#/?m=05911000&cmp=05911000,05913000,05113000,05112000`, {
      viewport: { width: 1600, height: 1000 },
    });
    const employment = page.getByTestId('employment');
    await expect.poll(() => employment.getByTestId('employment-table').count()).toBe(4);
    // Bochum, information and communication (J), 2020 against NRW: LQ 1,17, third in the Ruhr, strong.
    const bochumJ = employment.getByTestId('employment-table').first().locator('tr[data-section="J"]');
    await expect.poll(() => bochumJ.textContent()).toMatch(/5\.289.*1,17.*★.*3\/15/);
    // With its 580 establishments of 2014 (business register): the test's establishment part applied.
    expect(await bochumJ.locator('td').nth(1).textContent()).toBe('580');
    expect(await employment.getByTestId('employment-table').first().locator('thead').textContent()).toContain('Betriebe 2014');
    expect(await employment.getByTestId('establishments-source').textContent()).toMatch(/52111-02-01-4.*Berichtsjahr 2014/);
    // Against Germany the quotient changes.
    await page.getByTestId('employment-ref-DG').check();
    await expect.poll(() => bochumJ.textContent()).not.toMatch(/1,17/);
    // The atlas's own counts come after, named for what they are.
    const order = await page.evaluate(() => {
      const e = document.querySelector('[data-testid="employment"]')!;
      const a = document.querySelector('.atlas-entries-title')!;
      return e.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('employment-csv-de').click()]);
    const csv = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
    expect(csv).toContain('Schlüssel;Kreis;Wirtschaftszweig (WZ 2008);Beschäftigte 2020;Betriebe;Betriebe Jahr;LQ;unter Mindestgröße');
    expect(csv).toMatch(/\n05911;Bochum, kreisfreie Stadt;J;5289;580;2014;[\d,]+;0;\d+;15;1;/);
    await employment.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/compare-employment.png` });
    // The charts, loaded when opened: each drawn, described in words, exportable.
    await page.getByTestId('employment-ref-05').check();
    await page.getByTestId('employment-charts-toggle').locator('summary').click();
    const charts = page.getByTestId('employment-charts');
    await expect.poll(() => charts.locator('figure svg').count()).toBeGreaterThanOrEqual(7);
    // The long view, 2008–2024, loaded with the charts: a gap where no table gives 2021 and 2022.
    const totalsCaption = charts.getByTestId('chart-totals-2008-2024').locator('figcaption');
    await expect.poll(() => totalsCaption.textContent()).toMatch(/2008–2024.*2021 und 2022.*Bochum \+20,5 %/);
    await charts.getByTestId('chart-totals-2008-2024').screenshot({ path: `${SHOTS}/chart-totals.png` });
    expect(await charts.getByTestId('chart-lq-rank-J-2020').locator('figcaption').textContent()).toMatch(
      /Am höchsten: Dortmund 1,48; am niedrigsten: Bottrop 0,23/,
    );
    const [png] = await Promise.all([page.waitForEvent('download'), charts.getByTestId('chart-lq-rank-J-2020-png').click()]);
    expect(png.suggestedFilename()).toBe('clusteratlas-lq-rank-J-2020.png');
    const bytes = Buffer.concat(await (await png.createReadStream()).toArray());
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    await charts.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/compare-employment-charts.png` });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('loads a Regionalstatistik employment export as downloaded, classic or flat, and adds its year to the comparison', async () => {
    const { page, consoleErrors } = await openApp(app.browser, `${app.server.url}#/?m=05911000&cmp=05911000,05913000`, {
      viewport: { width: 1600, height: 1000 },
    });
    await expect.poll(() => page.getByTestId('employment-table').count()).toBe(2);
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'synthetic-13111-07-05-4_2021.csv', mimeType: 'text/csv', buffer: syntheticGenesis2021() });
    await expect
      .poll(() => page.getByTestId('import-understood').textContent())
      .toContain('13111-07-05-4, 15 Kreise, 2021, 14 Wirtschaftszweige');
    // The new year is offered and shown: Bochum's J, 5,289 in 2020, is 5,342 in the synthetic 2021.
    await expect.poll(() => page.getByTestId('employment-end').inputValue()).toBe('2021');
    await expect
      .poll(() => page.getByTestId('employment-table').first().locator('tr[data-section="J"]').textContent())
      .toMatch(/^.*5\.342/);
    // The same figures in the flat layout of the web service (one value per row) give the same view.
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'synthetic-13111-07-05-4_2021_flat.csv', mimeType: 'text/csv', buffer: syntheticGenesisFlat2021() });
    await expect.poll(() => page.getByTestId('import-understood').textContent()).toContain('13111, 15 Kreise, 2021, 14 Wirtschaftszweige');
    await expect.poll(() => page.getByTestId('employment-end').inputValue()).toBe('2021');
    await expect
      .poll(() => page.getByTestId('employment-table').first().locator('tr[data-section="J"]').textContent())
      .toMatch(/^.*5\.342/);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('compares the whole Kreis Recklinghausen with its town Marl: summed figures, Kreis mini map, URL', async () => {
    const { page, consoleErrors } = await openApp(app.browser, `${app.server.url}#/?m=05562024`);
    const navy = (r: number, g: number, b: number) => Math.abs(r - 35) < 20 && Math.abs(g - 57) < 20 && Math.abs(b - 91) < 25;
    const before = countPixels(await mapPixels(page), navy);
    await page.getByTestId('compare-kreis-toggle').click();
    await page.getByTestId('compare-toggle').click();
    await expect.poll(() => page.getByTestId('compare-card').count()).toBe(2);
    // The compared municipalities get dashed outlines on the map.
    await settle(page);
    expect(countPixels(await mapPixels(page), navy)).toBeGreaterThan(before + 400);
    expect(await page.evaluate(() => window.location.hash)).toContain('cmp=05562,05562024');
    const kreis = page.getByTestId('compare-card').first();
    expect(await kreis.locator('h3').textContent()).toContain('Kreis Recklinghausen');
    // Zensus 2022, summed over the ten members; the mini map draws all ten.
    expect(await kreis.textContent()).toContain('618.350');
    expect(await kreis.textContent()).toContain('10 Kommunen');
    expect(await kreis.locator('svg.mini-map path').getAttribute('d')).toMatch(/(M[^M]*){10,}/);
    expect(await page.getByTestId('compare-kreis-toggle').getAttribute('aria-pressed')).toBe('true');
    // The link opens the same comparison.
    await page.reload();
    await page.waitForSelector('[data-map-idle="true"]', { timeout: 90_000 });
    await expect.poll(() => page.getByTestId('compare-card').count()).toBe(2);
    await settle(page);
    await page.screenshot({ path: `${SHOTS}/compare-kreis-recklinghausen.png` });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('finds Kreis Unna by search: its panel, its ten members lit on the map, a link, and back from a member', async () => {
    const { page, consoleErrors } = await openApp(app.browser, app.server.url);
    // The selection fill (#e6d3a8) covers the Kreis's members.
    const selected = (r: number, g: number, b: number) => Math.abs(r - 230) < 6 && Math.abs(g - 211) < 6 && Math.abs(b - 168) < 6;
    await page.getByTestId('search').fill('Kreis Unna');
    await expect.poll(() => page.getByRole('option').first().textContent()).toContain('10 Kommunen');
    await page.getByTestId('search').press('Enter');
    const panel = page.getByTestId('panel');
    await expect.poll(() => panel.locator('h2').textContent()).toBe('Kreis Unna');
    expect(await panel.locator('.kicker').textContent()).toBe('Kreis · 10 Kommunen');
    expect(await page.getByTestId('kreis-members').locator('li').count()).toBe(10);
    // The specialisation table: one row per cluster, ranked among the 15 Kreis-level units.
    expect(await panel.locator('table.specialization tbody tr').count()).toBe(5);
    expect(await panel.locator('table.specialization').textContent()).toMatch(/\d+\/\d+|–/);
    await expect.poll(() => page.evaluate(() => window.location.hash), { timeout: 15_000 }).toContain('kr=05978');
    await settle(page);
    expect(countPixels(await mapPixels(page), selected)).toBeGreaterThan(20_000);
    await page.screenshot({ path: `${SHOTS}/kreis-unna.png` });
    // A member's panel leads back to its Kreis.
    await page.getByTestId('kreis-members').getByRole('button', { name: 'Bergkamen' }).click();
    await expect.poll(() => panel.locator('h2').textContent()).toBe('Bergkamen');
    await panel.getByRole('button', { name: 'Kreis Unna' }).click();
    await expect.poll(() => panel.locator('h2').textContent()).toBe('Kreis Unna');
    // The link reopens the Kreis.
    await page.reload();
    await page.waitForSelector('[data-map-idle="true"]', { timeout: 90_000 });
    await expect.poll(() => panel.locator('h2').textContent()).toBe('Kreis Unna');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('on a phone, shows the comparison as a readable sheet that folds away without losing it', async () => {
    const { page, consoleErrors } = await openApp(app.browser, `${app.server.url}#/?m=05562024&cmp=05562,05562024`, {
      viewport: { width: 360, height: 740 },
    });
    const sheet = page.getByTestId('compare');
    await expect.poll(() => page.getByTestId('compare-card').count()).toBe(2);
    // Most of the screen, not a strip inside the small map.
    expect((await sheet.boundingBox())!.height).toBeGreaterThan(400);
    expect(await page.getByTestId('compare-card').first().locator('table').isVisible()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/phone-compare.png` });
    await page.getByTestId('compare-fold').click();
    expect(await page.getByTestId('compare-card').count()).toBe(0);
    expect((await sheet.boundingBox())!.height).toBeLessThan(90);
    expect(await page.getByTestId('compare-fold').getAttribute('aria-expanded')).toBe('false');
    await page.screenshot({ path: `${SHOTS}/phone-compare-folded.png` });
    // Still compared (URL and the panel's buttons); unfolding brings the cards back.
    expect(await page.evaluate(() => window.location.hash)).toContain('cmp=05562,05562024');
    await page.getByTestId('compare-fold').click();
    await expect.poll(() => page.getByTestId('compare-card').count()).toBe(2);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('colours the map by population density with a legend of class limits', async () => {
    const { page } = await openApp(app.browser, app.server.url);
    const blueish = (r: number, g: number, b: number) => b > 120 && r < 120 && g > 80;
    const before = countPixels(await mapPixels(page), blueish);
    await page.getByTestId('indicator-select').selectOption('density');
    await expect.poll(() => page.getByTestId('choropleth-legend').locator('li').count()).toBe(6);
    expect(await page.evaluate(() => window.location.hash)).toContain('ind=density');
    await settle(page);
    const after = countPixels(await mapPixels(page), blueish);
    expect(after).toBeGreaterThan(before + 5000);
    expect(await page.getByTestId('choropleth-legend').textContent()).toMatch(/Ew\.\/km²/);
    await page.screenshot({ path: `${SHOTS}/choropleth-density.png` });
    // Per Kreis: 15 units, the least dense is Kreis Wesel with 436 inhabitants per km².
    await page.getByTestId('choropleth-level').getByLabel('je Kreis').check();
    await expect.poll(() => page.getByTestId('choropleth-legend').locator('li').first().textContent()).toMatch(/^436 –/);
    expect(await page.evaluate(() => window.location.hash)).toContain('lvl=kreis');
    await settle(page);
    await page.screenshot({ path: `${SHOTS}/choropleth-density-kreis.png` });
    await page.getByTestId('choropleth-level').getByLabel('je Kommune').check();
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    expect(png.suggestedFilename()).toBe('clusteratlas-ruhr-karte.png');
    const bytes = Buffer.concat(await (await png.createReadStream()).toArray());
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(100_000);
    await page.close();
  });

  it('per Kreis, names the Kreis and its value under the pointer, and a click opens the Kreis', async () => {
    // Breckerfeld (about 150 inhabitants per km²) in the Ennepe-Ruhr-Kreis (767 per km²).
    const feature = JSON.parse(readFileSync('geodata/ruhr-municipalities.geojson', 'utf8')).features.find(
      (f: { properties: { ags: string } }) => f.properties.ags === '05954004',
    );
    const { label_lon: lon, label_lat: lat } = feature.properties;
    const { page, consoleErrors } = await openApp(app.browser, `${app.server.url}#/?v=11.00/${lat}/${lon}&ind=density&lvl=kreis`);
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2 - 5, box.y + box.height / 2 - 5);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => page.getByTestId('tooltip').textContent()).toContain('Breckerfeld');
    const tooltip = await page.getByTestId('tooltip').textContent();
    expect(tooltip).toMatch(/^Ennepe-Ruhr-Kreis/);
    expect(tooltip).toContain('Kreis · 9 Kommunen');
    expect(tooltip).toMatch(/Einwohner je km² \(je Kreis\): 767 Ew\.\/km²/);
    await page.screenshot({ path: `${SHOTS}/tooltip-kreis-value.png` });
    // The coloured unit is the Kreis, so a click opens the Kreis, not the town under the pointer.
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => page.getByTestId('panel').locator('h2').textContent()).toBe('Ennepe-Ruhr-Kreis');
    expect(await page.evaluate(() => window.location.hash)).toContain('kr=05954');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
