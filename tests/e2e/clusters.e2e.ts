import { describe, expect, it } from 'vitest';
import { countPixels, mapPixels, openApp, settle } from '../support/app-page';
import { SHOTS, useBuiltApp } from '../support/built-app';
import { readDerivedOverlays } from '../../tools/read-geodata';
import type { Overlays } from '../../src/domain/overlays';

const app = useBuiltApp();
import { inkAroundCentre, institutions, isBlue, loneInstitution, screenPoint, triangleSpot } from '../support/cluster-page';

describe('clusters, institutions and corridors in Chromium', () => {
  it.each([
    { width: 1280, height: 800, name: 'desktop' },
    { width: 390, height: 844, name: 'phone' },
  ])(
    'says at region scale what the atlas shows: each cluster of today named at its focus town, heritage as small marks ($name)',
    async ({ width, height, name }) => {
      const context = await app.browser.newContext({
        viewport: { width, height },
        ...(name === 'phone' ? { isMobile: true, hasTouch: true } : {}),
      });
      const page = await context.newPage();
      await page.goto(app.server.url);
      await page.waitForSelector('[data-layers-ready="true"]', { timeout: 90_000 });
      await settle(page);
      await page.screenshot({ path: `${SHOTS}/region-${name}.png` });
      const names = () => page.evaluate(() => window.__clusteratlas!.placedClusterNames().sort());
      expect(await names()).toEqual(['Gesundheit', 'IT-Sicherheit', 'Logistik', 'Wasserstoff']);
      // And the city the sources put two of them in: on a phone too, between its two cluster names.
      expect(await page.evaluate(() => window.__clusteratlas!.placedCityNames())).toContain('Bochum');
      // The sources' credit: in full on a desktop; on a phone it folds into an (i) at the first drag.
      const attribution = page.locator('.maplibregl-ctrl-attrib');
      expect(await attribution.evaluate((e) => e.classList.contains('maplibregl-compact'))).toBe(name === 'phone');
      await expect.poll(() => attribution.textContent()).toContain('GeoBasis-DE');
      // Heritage is context: its 65 places are small, pale marks, while the health cluster's 53 are
      // solid icons (solid Montan pink #CC79A7 against solid health orange #D55E00).
      const png = await mapPixels(page);
      const solid = (r0: number, g0: number, b0: number) =>
        countPixels(png, (r, g, b) => Math.abs(r - r0) < 8 && Math.abs(g - g0) < 8 && Math.abs(b - b0) < 8);
      const orange = solid(213, 94, 0);
      expect(orange).toBeGreaterThan(100);
      expect(solid(204, 121, 167), 'heritage quieter than a cluster of today').toBeLessThan(orange / 4);
      // A switched-off cluster is not named; zoomed in, the places' own names take over.
      await page.evaluate(() => (window.location.hash = '#/?hc=logistics'));
      await expect.poll(names).toEqual(['Gesundheit', 'IT-Sicherheit', 'Wasserstoff']);
      await page.evaluate(() => (window.location.hash = '#/?v=10.00/51.4600/7.2300'));
      await settle(page);
      expect(await names()).toEqual([]);
      await context.close();
    },
  );

  it('switching IT security off removes its blue from the map', async () => {
    const { page, consoleErrors, foreignRequests } = await openApp(app.browser, `${app.server.url}#/?v=11.00/51.4600/7.2300`, {
      layers: true,
    });
    await settle(page);
    const before = countPixels(await mapPixels(page), isBlue);
    await page.screenshot({ path: `${SHOTS}/bochum-itsec-on.png` });
    await page.getByTestId('toggle-cluster-itsec').click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('hc=itsec');
    await settle(page);
    const after = countPixels(await mapPixels(page), isBlue);
    await page.screenshot({ path: `${SHOTS}/bochum-itsec-off.png` });
    expect(before).toBeGreaterThan(200);
    expect(after).toBeLessThan(before / 20);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it('spreads the actors on one campus so each can be clicked, and says how the point was found', async () => {
    // Eight actors share the Ruhr-Universität's sourced coordinate ("auf dem Campus"): drawn on a
    // ring around it, a click beside the centre opens one of them, a different one each side.
    const campus = institutions.filter((r) => r.geometry.coordinates[0] === 7.26167 && r.geometry.coordinates[1] === 51.44389);
    expect(campus.length).toBeGreaterThanOrEqual(6);
    const { page, consoleErrors } = await openApp(app.browser, `${app.server.url}#/?v=15.00/51.44389/7.26167`, { layers: true });
    await settle(page);
    const box = (await page.getByTestId('map').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const opened = new Set<string>();
    for (const [dx, dy] of [
      [0, -40],
      [0, 40],
      [-40, 0],
      [40, 0],
    ]) {
      await page.mouse.click(cx + dx!, cy + dy!);
      await expect.poll(() => page.getByTestId('panel').count()).toBe(1);
      opened.add((await page.locator('[data-testid="panel"] h2').textContent()) ?? '');
    }
    expect(opened.size).toBeGreaterThanOrEqual(3);
    for (const name of opened) expect(campus.map((r) => r.properties.name)).toContain(name);
    await page.screenshot({ path: `${SHOTS}/campus-fan.png` });
    // The HGI: on the campus by a quoted source, not a coordinate of its own.
    await page.goto(`${app.server.url}#/?i=horst-gortz-institut-fur-it-sicherheit-hgi`);
    await expect
      .poll(() => page.getByTestId('institution-precision').textContent())
      .toMatch(/auf dem Standort Campus der Ruhr-Universität/);
    expect(await page.getByTestId('institution-sources').textContent()).toContain('Lage auf dem Standort');
    await page.screenshot({ path: `${SHOTS}/institution-panel-site.png` });
    // The Hochschule für Gesundheit in 2021, and what it became: the map of 2025 has its successor.
    await page.goto(`${app.server.url}#/?i=hochschule-fuer-gesundheit-bochum&y=2021`);
    await expect.poll(() => page.getByTestId('institution-end').textContent()).toMatch(/2025.*Hochschule Bochum/);
    expect(await page.getByTestId('institution-end').textContent()).toMatch(/2021 noch in Betrieb/);
    // Networks without a sourced seat: in their cluster's panel, never at a guessed point.
    await page.goto(`${app.server.url}#/?c=hydrogen`);
    const listed = page.getByTestId('members-without-point');
    await expect.poll(() => listed.textContent()).toContain('Hy.Region.Rhein.Ruhr');
    // The camera flew to Duisburg under a resting pointer: no name from the campus stays on screen.
    await expect
      .poll(
        async () =>
          (await page
            .getByTestId('tooltip')
            .textContent()
            .catch(() => '')) ?? '',
      )
      .not.toMatch(/Ruhr-Universität|Horst-Görtz|Max-Planck/);
    expect(await listed.textContent()).toContain('TrHy');
    await listed.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/cluster-members-without-point.png` });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('clicking an institution opens its panel with its source', async () => {
    const target = loneInstitution();
    const [lon, lat] = target.geometry.coordinates;
    const { page, consoleErrors } = await openApp(app.browser, `${app.server.url}#/?v=13.00/${lat}/${lon}`, { layers: true });
    await settle(page);
    const box = (await page.getByTestId('map').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    // Picked on the CPU: the pointer on the icon's edge (28 px wide at this zoom, plus a 6 px
    // margin) names it, 40 px away it does not.
    await page.mouse.move(cx - 40, cy);
    await page.mouse.move(cx + 17, cy);
    await expect.poll(() => page.getByTestId('tooltip').textContent()).toContain(target.properties.name);
    await page.mouse.move(cx + 40, cy + 40);
    await expect
      .poll(
        async () =>
          (await page
            .getByTestId('tooltip')
            .textContent()
            .catch(() => '')) ?? '',
      )
      .not.toContain(target.properties.name);
    const ringBefore = inkAroundCentre(await mapPixels(page));
    await page.mouse.click(cx, cy);
    await expect.poll(() => page.locator('[data-testid="panel"] h2').textContent()).toBe(target.properties.name);
    // Zoomed in, the icon is at its largest already: a dark ring marks the selected one.
    await page.mouse.move(cx + 200, cy + 150);
    await settle(page);
    expect(ringBefore).toBeLessThan(10);
    expect(inkAroundCentre(await mapPixels(page))).toBeGreaterThan(60);
    expect(await page.evaluate(() => window.location.hash)).toContain(`i=${target.properties.id}`);
    expect(await page.getByTestId('panel').textContent()).toContain('Koordinate');
    await page.screenshot({ path: `${SHOTS}/institution-panel.png` });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('pointing at a corridor band names it, a click opens it (found on the CPU, not by GPU picking)', async () => {
    const [lon, lat] = triangleSpot();
    const { page, consoleErrors } = await openApp(app.browser, `${app.server.url}#/?v=11.00/${lat}/${lon}`, { layers: true });
    await settle(page);
    const box = (await page.getByTestId('map').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2 - 5, box.y + box.height / 2);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => page.getByTestId('tooltip').textContent()).toContain('BioMed-Triangel');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('k=biomed-triangle');
    expect(await page.locator('[data-testid="panel"] h2').textContent()).toContain('BioMed');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it("draws the corridor bands under the names: the selected corridor's name keeps its white box", async () => {
    // The BioMed triangle's name lies inside its band. Bands drawn over the whole map (as deck.gl
    // drew them) veiled the box and its letters in grey.
    const [lon, lat] = (readDerivedOverlays() as Overlays).corridors.find((c) => c.id === 'biomed-triangle')!.labelPoint;
    const view = { zoom: 10.5, lat: 51.47, lon: 7.35 };
    const { page, consoleErrors } = await openApp(
      app.browser,
      `${app.server.url}#/?v=${view.zoom}/${view.lat}/${view.lon}&k=biomed-triangle`,
      { layers: true },
    );
    await settle(page);
    const png = await mapPixels(page);
    await page.screenshot({ path: `${SHOTS}/corridor-name-over-band.png` });
    await page.close();
    expect(consoleErrors).toEqual([]);
    const [x0, y0] = screenPoint(view, png, lon, lat);
    // The box: white at 90 % over the map, so lighter than any fill of the map (#faf8f3 and darker).
    let box = 0;
    for (let y = Math.max(0, y0 - 70); y < Math.min(png.height, y0 + 70); y++) {
      for (let x = Math.max(0, x0 - 150); x < Math.min(png.width, x0 + 150); x++) {
        const i = (y * png.width + x) * 4;
        if ([0, 1, 2].every((k) => png.data[i + k]! >= 245)) box++;
      }
    }
    // Measured: 3050 box pixels; 62 with the bands drawn over the names.
    expect(box).toBeGreaterThan(1500);
  });

  it('a corridor panel lists the municipalities and institutions computed for it', async () => {
    const { page } = await openApp(app.browser, `${app.server.url}#/?k=biomed-triangle`, { layers: true });
    const text = (await page.getByTestId('panel').textContent()) ?? '';
    for (const name of ['Bochum', 'Witten', 'Dortmund']) expect(text).toContain(name);
    expect(await page.getByTestId('corridor-institutions').locator('li').count()).toBeGreaterThan(3);
    await settle(page);
    await page.screenshot({ path: `${SHOTS}/corridor-biomed-triangle.png` });
    await page.close();
  });
});
