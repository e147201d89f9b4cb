import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PNG } from 'pngjs';
import { countPixels, mapPixels, openApp, setIconOpacity, settle } from '../support/app-page';
import { SHOTS, useBuiltApp } from '../support/built-app';
import { readDerivedOverlays } from '../../geodata/read-geodata';
import type { Overlays } from '../../src/domain/overlays';

const app = useBuiltApp();

interface Row { properties: { id: string; name: string }; geometry: { coordinates: [number, number] } }
const institutions = (JSON.parse(readFileSync('geodata/institutions.geojson', 'utf8')) as { features: Row[] }).features;
const clusters = (JSON.parse(readFileSync('geodata/clusters.json', 'utf8')) as { clusters: { id: string }[] }).clusters;

/** The institution farthest from any other: clicking it cannot hit a neighbour. */
function loneInstitution(): Row {
  const d = (a: Row, b: Row) => Math.hypot(a.geometry.coordinates[0] - b.geometry.coordinates[0], a.geometry.coordinates[1] - b.geometry.coordinates[1]);
  return institutions
    .map((r) => ({ r, nearest: Math.min(...institutions.filter((o) => o !== r).map((o) => d(r, o))) }))
    .sort((a, b) => b.nearest - a.nearest)[0]!.r;
}

const municipalities = (JSON.parse(readFileSync('geodata/ruhr-municipalities.geojson', 'utf8')) as {
  features: { properties: { ags: string; name: string; label_lon: number; label_lat: number } }[];
}).features;
const corridors = (JSON.parse(readFileSync('geodata/corridors.json', 'utf8')) as { corridors: { id: string }[] }).corridors;

/** Where a point lands in the map's screenshot for a view (Web Mercator, MapLibre's 512 px tiles). */
function screenPoint(view: { zoom: number; lat: number; lon: number }, png: PNG, lon: number, lat: number): [number, number] {
  const merc = (lo: number, la: number) => [(lo + 180) / 360, (1 - Math.log(Math.tan(Math.PI / 4 + (la * Math.PI) / 360)) / Math.PI) / 2];
  const scale = 512 * 2 ** view.zoom;
  const [cx, cy] = merc(view.lon, view.lat);
  const [px, py] = merc(lon, lat);
  return [Math.round(png.width / 2 + (px! - cx!) * scale), Math.round(png.height / 2 + (py! - cy!) * scale)];
}

const lum = (png: PNG, i: number) => 0.3 * png.data[i]! + 0.59 * png.data[i + 1]! + 0.11 * png.data[i + 2]!;

/**
 * How much of the name drawn around (x0, y0) in `before` is still readable in `after`, where it may
 * have moved up to 70 px: the best share of its dark letter pixels that are dark in `after` at one
 * common shift. A name covered by a light box keeps few.
 */
function legibleNear(before: PNG, after: PNG, x0: number, y0: number): number {
  const letters: [number, number][] = [];
  for (let y = y0 - 14; y <= y0 + 14; y++) {
    for (let x = x0 - 60; x <= x0 + 60; x++) if (lum(before, (y * before.width + x) * 4) < 110) letters.push([x, y]);
  }
  expect(letters.length).toBeGreaterThan(50);
  let best = 0;
  for (let dy = -40; dy <= 40; dy++) {
    for (let dx = -70; dx <= 70; dx++) {
      let kept = 0;
      for (const [x, y] of letters) {
        const [sx, sy] = [x + dx, y + dy];
        if (sx >= 0 && sy >= 0 && sx < after.width && sy < after.height && lum(after, (sy * after.width + sx) * 4) < 140) kept++;
      }
      best = Math.max(best, kept / letters.length);
    }
  }
  return best;
}

/**
 * A spot on the BioMed triangle's edge from Witten to Dortmund (the band runs along the line
 * between their interior points), at least 1.5 km from every institution.
 */
function triangleSpot(): [number, number] {
  const at = (ags: string) => municipalities.find((f) => f.properties.ags === ags)!.properties;
  const [w, d] = [at('05954036'), at('05913000')];
  const km = (a: [number, number], b: [number, number]) => Math.hypot((a[0] - b[0]) * 69.4, (a[1] - b[1]) * 111.2);
  for (let t = 0.2; t <= 0.8; t += 0.05) {
    const p: [number, number] = [w.label_lon + t * (d.label_lon - w.label_lon), w.label_lat + t * (d.label_lat - w.label_lat)];
    if (institutions.every((i) => km(p, i.geometry.coordinates) > 1.5)) return p;
  }
  throw new Error('no free spot on the Witten–Dortmund edge');
}

/** Dark ink pixels in a ring 17–22 px around the centre of the map: the selection ring. */
function inkAroundCentre(png: PNG): number {
  let n = 0;
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const d = Math.hypot(x - png.width / 2, y - png.height / 2);
      const i = (y * png.width + x) * 4;
      if (d >= 17 && d <= 22 && png.data[i]! < 110 && png.data[i + 1]! < 110 && png.data[i + 2]! < 110) n++;
    }
  }
  return n;
}

/** IT security blue (#0072B2), also when hatched over the light base: blue well above red and green. */
const isBlue = (r: number, g: number, b: number) => b > r + 60 && b > g + 20;


describe('clusters, institutions and corridors in Chromium', () => {
  it.each([
    { width: 1280, height: 800, name: 'desktop' }, { width: 390, height: 844, name: 'phone' },
  ])('says at region scale what the atlas shows: each cluster of today named at its focus town, heritage as small marks ($name)', async ({ width, height, name }) => {
    const context = await app.browser.newContext({ viewport: { width, height }, ...(name === 'phone' ? { isMobile: true, hasTouch: true } : {}) });
    const page = await context.newPage();
    await page.goto(app.server.url);
    await page.waitForSelector('[data-layers-ready="true"]', { timeout: 90_000 });
    await settle(page);
    await page.screenshot({ path: `${SHOTS}/region-${name}.png` });
    const names = () => page.evaluate(() => window.__clusteratlas!.placedClusterNames().sort());
    expect(await names()).toEqual(['Gesundheit', 'IT-Sicherheit', 'Logistik', 'Wasserstoff']);
    // Heritage is context: its 65 places are small, pale marks, while the health cluster's 53 are
    // solid icons (solid Montan pink #CC79A7 against solid health orange #D55E00).
    const png = await mapPixels(page);
    const solid = (r0: number, g0: number, b0: number) => countPixels(png, (r, g, b) => Math.abs(r - r0) < 8 && Math.abs(g - g0) < 8 && Math.abs(b - b0) < 8);
    const orange = solid(213, 94, 0);
    expect(orange).toBeGreaterThan(100);
    expect(solid(204, 121, 167), 'heritage quieter than a cluster of today').toBeLessThan(orange / 4);
    // A switched-off cluster is not named; zoomed in, the places' own names take over.
    await page.evaluate(() => window.location.hash = '#/?hc=logistics');
    await expect.poll(names).toEqual(['Gesundheit', 'IT-Sicherheit', 'Wasserstoff']);
    await page.evaluate(() => window.location.hash = '#/?v=10.00/51.4600/7.2300');
    await settle(page);
    expect(await names()).toEqual([]);
    await context.close();
  });

  it('switching IT security off removes its blue from the map', async () => {
    const { page, consoleErrors, foreignRequests } = await openApp(app.browser, `${app.server.url}#/?v=11.00/51.4600/7.2300`, { layers: true });
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
    for (const [dx, dy] of [[0, -40], [0, 40], [-40, 0], [40, 0]]) {
      await page.mouse.click(cx + dx!, cy + dy!);
      await expect.poll(() => page.getByTestId('panel').count()).toBe(1);
      opened.add((await page.locator('[data-testid="panel"] h2').textContent()) ?? '');
    }
    expect(opened.size).toBeGreaterThanOrEqual(3);
    for (const name of opened) expect(campus.map((r) => r.properties.name)).toContain(name);
    await page.screenshot({ path: `${SHOTS}/campus-fan.png` });
    // The HGI: on the campus by a quoted source, not a coordinate of its own.
    await page.goto(`${app.server.url}#/?i=horst-gortz-institut-fur-it-sicherheit-hgi`);
    await expect.poll(() => page.getByTestId('institution-precision').textContent()).toMatch(/auf dem Standort Campus der Ruhr-Universität/);
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
    await expect.poll(async () => (await page.getByTestId('tooltip').textContent().catch(() => '')) ?? '').not.toMatch(/Ruhr-Universität|Horst-Görtz|Max-Planck/);
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
    await expect.poll(async () => (await page.getByTestId('tooltip').textContent().catch(() => '')) ?? '').not.toContain(target.properties.name);
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
    const { page, consoleErrors } = await openApp(app.browser, `${app.server.url}#/?v=${view.zoom}/${view.lat}/${view.lon}&k=biomed-triangle`, { layers: true });
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

  it('saves a screenshot per cluster with its panel and area', async () => {
    for (const c of clusters) {
      const { page, consoleErrors } = await openApp(app.browser, `${app.server.url}#/?c=${c.id}`, { layers: true });
      await settle(page);
      await page.screenshot({ path: `${SHOTS}/cluster-${c.id}.png` });
      expect(consoleErrors).toEqual([]);
      await page.close();
    }
  });

  it('names the corridors beside the municipality names, never over them', async () => {
    // Zoomed in far enough for all three names, around Bochum where the bands meet. Without the
    // institutions, so only names differ between the two pictures.
    const view = { zoom: 9.6, lat: 51.47, lon: 7.25 };
    const base = `${app.server.url}#/?v=${view.zoom}/${view.lat}/${view.lon}&hc=${clusters.map((c) => c.id).join(',')}`;
    const picture = async (hash: string) => {
      const { page, consoleErrors } = await openApp(app.browser, `${base}${hash}`, { layers: true });
      await settle(page);
      const png = await mapPixels(page);
      // A glyph file the names need but the app lacks shows up here as a failed request.
      expect(consoleErrors).toEqual([]);
      return { page, png };
    };
    const without = await picture(`&hk=${corridors.map((c) => c.id).join(',')}`);
    await without.page.close();
    const shown = await picture('');
    await shown.page.screenshot({ path: `${SHOTS}/corridor-names.png` });
    await shown.page.close();
    for (const ags of ['05911000', '05113000', '05913000', '05954036']) {
      const m = municipalities.find((f) => f.properties.ags === ags)!.properties;
      const [x0, y0] = screenPoint(view, without.png, m.label_lon, m.label_lat);
      // The name's letters without corridors, on its point: a corridor's name may move it aside,
      // but wherever it went, all its letters must still be there, not under a corridor's box.
      expect(legibleNear(without.png, shown.png, x0, y0), m.name).toBeGreaterThan(0.9);
    }
  });

  it('names both corridors of the 2005 scene among its icons', async () => {
    // Scene 3's view with every cluster's icons: a corridor's name finds no place free of icons
    // there, and must then be drawn over them rather than vanish. The icons faded out (placement
    // unchanged), so only the names and bands are read. Letters are darker than the bands' edges.
    const view = { zoom: 9.6, lat: 51.47, lon: 7.25 };
    const ink = async (hidden: string) => {
      const { page, consoleErrors } = await openApp(app.browser, `${app.server.url}#/?v=${view.zoom}/${view.lat}/${view.lon}&hk=${hidden}`, { layers: true });
      await settle(page);
      await setIconOpacity(page, 0);
      const png = await mapPixels(page);
      await page.close();
      expect(consoleErrors).toEqual([]);
      return countPixels(png, (r, g, b) => 0.3 * r + 0.59 * g + 0.11 * b < 80);
    };
    const withNames = await ink('duisburg-bochum');
    const without = await ink(corridors.map((c) => c.id).join(','));
    // The two names' letters are about 670 pixels darker than the bands' edges each (1345 in all
    // when measured; a band's edge measured 130 and lighter); with obstacles for the icons and
    // corridor names that could only take a free place, it was 0.
    expect(withNames - without).toBeGreaterThan(1000);
  });

  it('moves a municipality name off an institution icon; a name with no free place stays', async () => {
    // Scene 6's view (an icon on Mülheim's label point, Oberhausen's ringed by icons), the BioMed
    // triangle's (icons on "Bochum" and "Witten") and scene 3's region view (small icons ring
    // Bochum's point). Corridors off; the icons are faded out for the names-only picture, which
    // leaves MapLibre's placement as it is.
    const cases = [
      { view: { zoom: 10.4, lat: 51.45, lon: 6.76 }, moved: ['05117000', '05112000'], kept: ['05119000'], shot: 'names-beside-icons' },
      { view: { zoom: 10.5, lat: 51.47, lon: 7.3 }, moved: ['05911000', '05954036', '05913000'], kept: [], shot: 'names-beside-icons-bochum' },
      { view: { zoom: 9.6, lat: 51.47, lon: 7.25 }, moved: ['05911000', '05113000', '05954036'], kept: ['05913000'], shot: 'names-beside-icons-region' },
    ];
    for (const { view, moved, kept: onPoint, shot } of cases) {
      const { page, consoleErrors } = await openApp(app.browser, `${app.server.url}#/?v=${view.zoom}/${view.lat}/${view.lon}&hk=${corridors.map((c) => c.id).join(',')}`, { layers: true });
      await settle(page);
      await setIconOpacity(page, 0);
      const names = await mapPixels(page);
      await setIconOpacity(page, 1);
      const both = await mapPixels(page);
      await page.screenshot({ path: `${SHOTS}/${shot}.png` });
      await page.close();
      expect(consoleErrors).toEqual([]);
      const same = (i: number) => [0, 1, 2].every((k) => Math.abs(names.data[i + k]! - both.data[i + k]!) < 40);
      for (const ags of [...moved, ...onPoint]) {
        const m = municipalities.find((f) => f.properties.ags === ags)!.properties;
        const [x0, y0] = screenPoint(view, names, m.label_lon, m.label_lat);
        // The name's letters: dark pixels near its point, wherever it was placed. An icon drawn
        // over a letter changes them.
        let letters = 0;
        let kept = 0;
        for (let y = y0 - 50; y <= y0 + 50; y++) {
          for (let x = x0 - 90; x <= x0 + 90; x++) {
            const i = (y * names.width + x) * 4;
            if (lum(names, i) >= 110) continue;
            letters++;
            if (same(i)) kept++;
          }
        }
        // Every name is shown, also where icons ring its point and it stays there.
        expect(letters, m.name).toBeGreaterThan(50);
        // Before the names moved: 0.90 of Mülheim's letters kept, 0.76 of Bochum's, 0.34 of Witten's;
        // at zoom 9.6, before names moved there too: 0.82 of Bochum's, 0.96 of Essen's, 0.69 of Witten's.
        if (moved.includes(ags)) expect(kept / letters, m.name).toBeGreaterThan(0.99);
      }
    }
  });
});
