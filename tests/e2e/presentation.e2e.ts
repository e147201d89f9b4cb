import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { countPixels, mapPixels, replaceDataFile, settle } from '../support/app-page';
import { WITHOUT_SERVICE_WORKER } from '../support/browser';
import { SHOTS, useBuiltApp } from '../support/built-app';

const app = useBuiltApp();

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const storyScenes = (readJson('src/story/ruhr-clusters.de.json') as { scenes: { places: string[]; frame?: string }[] }).scenes;
const institutionRows = (readJson('geodata/institutions.geojson') as { features: { properties: { id: string; name: string; aliases: string[] } }[] }).features;
const towns = (readJson('geodata/ruhr-municipalities.geojson') as { features: { properties: { ags: string; name: string } }[] }).features;
const ruhr = regionCorners();

/** The corners of the region's bounding box (the app's data.bounds): a region scene shows them all. */
function regionCorners(): [number, number][] {
  const all = (readJson('geodata/ruhr-municipalities.geojson') as { features: { geometry: { coordinates: unknown } }[] }).features
    .flatMap((f) => JSON.stringify(f.geometry.coordinates).match(/-?\d+\.\d+,-?\d+\.\d+/g)!.map((p) => p.split(',').map(Number) as [number, number]));
  const lons = all.map((p) => p[0]);
  const lats = all.map((p) => p[1]);
  const [w, e, s, n] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  return [[w, s], [w, n], [e, s], [e, n]];
}

/** The labels scene `i` (0-based) must show: each institution's short form, else its name; each town's name. */
function sceneLabels(i: number): string[] {
  return storyScenes[i]!.places.map((id) => {
    const town = towns.find((f) => f.properties.ags === id);
    if (town) return town.properties.name;
    const p = institutionRows.find((f) => f.properties.id === id)!.properties;
    return p.aliases[0] ?? p.name;
  });
}

async function sceneTitle(page: Page): Promise<string> {
  return (await page.locator('#scene-title').textContent()) ?? '';
}

/**
 * A fresh browser context (own storage, for the presenter window) at a presentation link, layers
 * drawn; with the service worker only for the tests of working offline.
 */
async function openPresentation(hash: string, viewport = { width: 1280, height: 800 }, serviceWorker = false) {
  const context = await app.browser.newContext({ ...(serviceWorker ? {} : WITHOUT_SERVICE_WORKER), viewport });
  const page = await context.newPage();
  await page.goto(`${app.server.url}${hash}`);
  await page.waitForSelector('[data-layers-ready="true"]', { timeout: 90_000 });
  return { context, page };
}

/**
 * Waits for the camera of the scene the talk is at (its link says which) to arrive and the map to
 * draw it: the map element's data-settled, written by the app.
 */
async function sceneSettled(page: Page): Promise<void> {
  const n = Number((await page.evaluate(() => window.location.hash)).match(/present\/(\d+)/)![1]);
  await page.waitForSelector(`[data-testid="map"][data-settled="scene:${n - 1}"]`, { timeout: 30_000 });
}


describe('presentation mode in Chromium', () => {
  it('steps with PageDown, changes the picture each time, blanks with B, and the presenter window follows', async () => {
    const context = await app.browser.newContext({ ...WITHOUT_SERVICE_WORKER, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${app.server.url}#/present/1`);
    await page.waitForSelector('[data-layers-ready="true"]', { timeout: 90_000 });
    await page.waitForSelector('#scene-title');
    await sceneSettled(page);
    const titles = [await sceneTitle(page)];
    let previous = (await mapPixels(page)).data;

    const presenter = await context.newPage();
    await presenter.goto(`${app.server.url}#/presenter`);
    await presenter.waitForSelector('[data-testid="presenter-current"]');
    await page.bringToFront();

    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('PageDown');
      await sceneSettled(page);
      titles.push(await sceneTitle(page));
      const now = (await mapPixels(page)).data;
      expect(Buffer.compare(now, previous), `picture after PageDown ${i + 1}`).not.toBe(0);
      previous = now;
    }
    expect(new Set(titles).size).toBe(4);
    expect(await page.getByTestId('story-progress').textContent()).toMatch(/4 \/ 7/);
    expect(await page.evaluate(() => window.location.hash)).toBe('#/present/4');
    await expect.poll(() => presenter.getByTestId('presenter-current').textContent()).toBe(titles[3]);

    await page.keyboard.press('b');
    const black = await page.screenshot();
    expect(await page.getByTestId('story-blank').count()).toBe(1);
    await page.keyboard.press('b');
    expect(await page.getByTestId('story-blank').count()).toBe(0);
    expect(black.length).toBeLessThan(40_000);

    // The presenter leads too: its Next moves the talk.
    await presenter.getByTestId('presenter-next').click();
    await expect.poll(() => sceneTitle(page)).not.toBe(titles[3]);
    await presenter.screenshot({ path: `${SHOTS}/presenter-view.png` });
    // Enter on its focused Back button goes back (it turned the page forward before).
    const before = await presenter.getByTestId('presenter-progress').textContent();
    await presenter.getByRole('button', { name: '← Zurück', exact: true }).focus();
    await presenter.keyboard.press('Enter');
    await expect.poll(() => presenter.getByTestId('presenter-progress').textContent()).toBe(before!.replace(/\d+ \//, (m) => `${Number.parseInt(m, 10) - 1} /`));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens the nearest scene for an out-of-range link; ends a key mash on the right scene', async () => {
    const { context, page } = await openPresentation('#/present/99');
    await expect.poll(() => page.getByTestId('story-progress').textContent()).toMatch(/7 \/ 7/);
    // Key mashing: twenty presses at once end on the first scene, with nothing queued after.
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowLeft');
    await sceneSettled(page);
    expect(await page.getByTestId('story-progress').textContent()).toMatch(/1 \/ 7/);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => window.location.hash)).not.toContain('present');
    await context.close();
  });

  it.each([
    { width: 1280, height: 720 }, { width: 1024, height: 768 }, { width: 800, height: 600 }, { width: 390, height: 844, phone: true },
  ])('shows every place a scene names, labelled, beside the card at $width×$height (screenshots)', async ({ width, height, phone }) => {
    const context = await app.browser.newContext({ ...WITHOUT_SERVICE_WORKER, viewport: { width, height }, ...(phone ? { hasTouch: true, isMobile: true } : {}) });
    const page = await context.newPage();
    await page.goto(`${app.server.url}#/present/1`);
    await page.waitForSelector('[data-layers-ready="true"]', { timeout: 90_000 });
    for (let n = 1; n <= 7; n++) {
      await sceneSettled(page);
      expect(await page.getByTestId('story-progress').textContent()).toMatch(new RegExp(`${n} / 7`));
      await page.screenshot({ path: `${SHOTS}/scene-${n}-${width}x${height}.png` });
      const map = (await page.getByTestId('map').boundingBox())!;
      const card = (await page.getByTestId('story-panel').boundingBox())!;
      // The free part of the map: right of the card, or above the sheet on a phone (page pixels).
      const free = phone
        ? { left: map.x, right: map.x + map.width, top: map.y, bottom: card.y }
        : { left: card.x + card.width, right: map.x + map.width, top: map.y, bottom: map.y + map.height };
      const inFree = (x: number, y: number) => x >= free.left && x <= free.right && y >= free.top && y <= free.bottom;
      const where = `scene ${n} at ${width}×${height}`;
      // Every place the card names is labelled, and stands in the free part, not under the card.
      const placed = await page.evaluate(() => window.__clusteratlas!.placedSceneLabels());
      expect(placed.map((p) => p.label).sort(), where).toEqual(sceneLabels(n - 1).sort());
      for (const p of placed) expect(inFree(map.x + p.x, map.y + p.y), `${where}: ${p.label} in view beside the card`).toBe(true);
      // A scene that speaks of the region shows all of it.
      if (storyScenes[n - 1]!.frame === 'region') {
        for (const corner of ruhr) {
          const p = await page.evaluate((c) => window.__clusteratlas!.project(c), corner);
          expect(inFree(map.x + p.x, map.y + p.y), `${where}: region corner ${corner.join(',')} in view`).toBe(true);
        }
      }
      if (!phone) {
        // The scale bar stands beside the scene card, where the audience can see it.
        const scale = (await page.locator('.maplibregl-ctrl-scale').boundingBox())!;
        expect(scale.x).toBeGreaterThan(card.x + card.width);
      }
      if (n < 7) await (phone ? page.getByTestId('story-next').tap() : page.keyboard.press('ArrowRight'));
    }
    await context.close();
  });

  it('fits every scene card on a 1280×720, a 1024×768, an 800×600 and an 854×480 projector, handout button included', async () => {
    // The card's type shrinks with the window's height too: at 1280×720 scenes 3 and 5 needed
    // 83 and 76 px of scrolling, at 800×600 every scene 50–136 px, and the speaker cannot scroll
    // from the lectern. At 854×480 (before a tighter card below 520 px) scene 1 needed 4 px, and
    // at 800×480 scenes 1–7 up to 44 px.
    for (const viewport of [{ width: 1280, height: 720 }, { width: 1024, height: 768 }, { width: 800, height: 600 }, { width: 854, height: 480 }]) {
      const context = await app.browser.newContext({ ...WITHOUT_SERVICE_WORKER, viewport });
      const page = await context.newPage();
      await page.goto(`${app.server.url}#/present/1`);
      for (let n = 1; n <= 7; n++) {
        await expect.poll(() => page.getByTestId('story-progress').textContent()).toMatch(new RegExp(`${n} / 7`));
        const panel = page.getByTestId('story-panel');
        const overflow = await panel.evaluate((p) => p.scrollHeight - p.clientHeight);
        expect(overflow, `scene ${n} at ${viewport.width}×${viewport.height}`).toBeLessThanOrEqual(1);
        const button = (await panel.getByRole('button', { name: /Handout/ }).boundingBox())!;
        const card = (await panel.boundingBox())!;
        expect(button.y + button.height).toBeLessThanOrEqual(Math.min(card.y + card.height, viewport.height));
        await page.keyboard.press('ArrowRight');
      }
      await context.close();
    }
  });

  it('presents on a phone: the card is a sheet below the map, its buttons step, the scene stays in sight', async () => {
    // Scene 7 twice at the same camera: as it is, and with its corridor band cut to a thread
    // (band_km 0.1). The pixels that differ are the band, drawn by MapLibre under the names.
    const sceneSeven = async (thinBand: boolean) => {
      const context = await app.browser.newContext({ ...WITHOUT_SERVICE_WORKER, viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
      const page = await context.newPage();
      // The bands shrunk to specks at their name: what differs from this picture is the band.
      if (thinBand) await replaceDataFile(page, 'derived-overlays', { edit: (j) => { for (const c of j.corridors) { const [x, y] = c.labelPoint; c.band.geometry = { type: 'Polygon', coordinates: [[[x, y], [x + 0.001, y], [x, y + 0.001], [x, y]]] }; } } });
      await page.goto(`${app.server.url}#/present/6`);
      await page.waitForSelector('[data-layers-ready="true"]', { timeout: 90_000 });
      // No keys on a phone: the card's own buttons turn the scenes.
      await page.getByTestId('story-next').tap();
      await expect.poll(() => page.getByTestId('story-progress').textContent()).toMatch(/7 \/ 7/);
      expect(await page.getByTestId('story-next').isDisabled()).toBe(true);
      await sceneSettled(page);
      // The map under the card too, so a band under the card would count below.
      const panel = page.getByTestId('story-panel');
      await panel.evaluate((el) => { el.style.visibility = 'hidden'; });
      await settle(page);
      const png = await mapPixels(page);
      await panel.evaluate((el) => { el.style.visibility = ''; });
      return { context, page, png };
    };
    const thin = await sceneSeven(true);
    await thin.context.close();
    const { context, page, png } = await sceneSeven(false);
    const card = (await page.getByTestId('story-panel').boundingBox())!;
    expect(card.width).toBeGreaterThan(390 * 0.9);
    expect(card.y).toBeGreaterThan(844 * 0.4);
    // Scene 7's band, Duisburg to Bochum, lies on the map above the card, not under it.
    const top = (card.y - (await page.getByTestId('map').boundingBox())!.y) * (png.width / 390);
    let above = 0;
    let below = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      if ([0, 1, 2].every((k) => Math.abs(png.data[i + k]! - thin.png.data[i + k]!) < 12)) continue;
      if (Math.floor(i / 4 / png.width) < top) above++;
      else below++;
    }
    // Scene 7 speaks of the region: in the whole region's view on a phone the band is a sliver
    // between the icons and the two towns' names (367–1004 pixels measured), but it is there.
    expect(above).toBeGreaterThan(200);
    expect(below / (above + below)).toBeLessThan(0.1);
    await page.screenshot({ path: `${SHOTS}/phone-scene-7.png` });
    await page.getByTestId('story-previous').tap();
    await expect.poll(() => page.getByTestId('story-progress').textContent()).toMatch(/6 \/ 7/);
    await context.close();
  });

  it('lets Enter and Space press a focused button instead of turning the page', async () => {
    const { context, page } = await openPresentation('#/present/3');
    await expect.poll(() => page.getByTestId('story-progress').textContent()).toMatch(/3 \/ 7/);
    await page.getByTestId('story-previous').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('story-progress').textContent()).toMatch(/2 \/ 7/);
    await page.getByTestId('story-next').focus();
    await page.keyboard.press(' ');
    await expect.poll(() => page.getByTestId('story-progress').textContent()).toMatch(/3 \/ 7/);
    // A clicker's PageDown still turns the page while a button has the focus.
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.getByTestId('story-progress').textContent()).toMatch(/4 \/ 7/);
    await context.close();
  });

  it('keeps the screen on during the talk and ends it on the map as it was before: by Esc, by the back button; forward resumes it', async () => {
    const { context, page } = await openPresentation('#/?m=05911000&hc=montan&y=2021');
    const hash = () => page.evaluate(() => window.location.hash);
    const start = async () => {
      await page.getByTestId('start-presentation').click();
      await expect.poll(hash).toMatch(/^#\/present\/1/);
      await page.getByTestId('story-next').click();
      await page.getByTestId('story-next').click();
      await expect.poll(hash).toMatch(/^#\/present\/3/);
    };
    // The map before the talk: Bochum open, Montan switched off, the year 2021.
    const before = async () => {
      await expect.poll(() => page.locator('[data-testid="panel"] h2').textContent()).toBe('Bochum');
      expect(await page.getByTestId('toggle-cluster-montan').isChecked()).toBe(false);
      expect(await page.getByTestId('toggle-cluster-health').isChecked()).toBe(true);
      expect(await page.locator('.time-year').textContent()).toBe('2021');
    };
    const entries = await page.evaluate(() => window.history.length);
    await context.grantPermissions(['screen-wake-lock']);
    await start();
    // The screen stays on during the talk (Screen Wake Lock), so a projector laptop does not dim.
    await expect.poll(() => page.getByTestId('story-panel').getAttribute('data-screen-kept-on')).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(hash).not.toContain('present');
    await before();
    // Ending the talk went back in the history: forward resumes it where it ended.
    expect(await page.evaluate(() => window.history.length)).toBe(entries + 1);
    await page.goForward();
    await expect.poll(hash).toMatch(/^#\/present\/3/);
    await expect.poll(() => page.getByTestId('story-progress').textContent()).toMatch(/3 \/ 7/);
    // The resumed scene drawn first: in 2 of ~14 full runs a Back pressed while the resumed talk
    // was still being put on the map left it on (not reproduced alone; see the closing note).
    await sceneSettled(page);
    await page.goBack();
    await expect.poll(hash).not.toContain('present');
    await before();
    await context.close();
  });

  it('ends a talk opened by a link on the plain map and says so; Back returns to the talk, not out of the atlas', async () => {
    // Scene 3 switches layers off and sets the year 2005.
    const { context, page } = await openPresentation('#/present/3');
    const hash = () => page.evaluate(() => window.location.hash);
    await sceneSettled(page);
    const entries = await page.evaluate(() => window.history.length);
    await page.keyboard.press('Escape');
    await expect.poll(hash).not.toContain('present');
    expect(await page.getByTestId('talk-ended').textContent()).toContain('alle Ebenen');
    for (const id of ['health', 'itsec', 'hydrogen', 'logistics', 'montan']) expect(await page.getByTestId(`toggle-cluster-${id}`).isChecked(), id).toBe(true);
    expect(await hash()).not.toMatch(/[?&](y|hc|hk)=/);
    expect(await page.evaluate(() => window.history.length)).toBe(entries + 1);
    await page.goBack();
    await expect.poll(hash).toMatch(/^#\/present\/3/);
    expect(await page.getByTestId('story-progress').textContent()).toMatch(/3 \/ 7/);
    await context.close();
  });

  it('lifts a black screen with PageDown without turning the page; the presenter window follows the end of the talk', async () => {
    const { context, page } = await openPresentation('#/present/2');
    const presenter = await context.newPage();
    await presenter.goto(`${app.server.url}#/presenter`);
    await presenter.waitForSelector('[data-testid="presenter-current"]');
    await page.bringToFront();
    await page.keyboard.press('b');
    expect(await page.getByTestId('story-blank').count()).toBe(1);
    await page.keyboard.press('PageDown');
    expect(await page.getByTestId('story-blank').count()).toBe(0);
    expect(await page.getByTestId('story-progress').textContent()).toMatch(/2 \/ 7/);
    await expect.poll(() => presenter.getByTestId('presenter-progress').textContent()).toMatch(/2 \/ 7/);
    await page.keyboard.press('Escape');
    await expect.poll(() => presenter.getByTestId('presenter-progress').textContent()).toBe('Vortrag beendet');
    const stopped = await presenter.getByTestId('presenter-timer').textContent();
    await expect.poll(() => presenter.getByTestId('presenter-timer').textContent(), { timeout: 2500 }).toBe(stopped);
    await context.close();
  });

  it('keeps the key help on one line at 1024 px and the card opaque; on a phone Back and Next are in reach unscrolled', async () => {
    const { context, page } = await openPresentation('#/present/3', { width: 1024, height: 768 });
    const help = page.locator('.keys-help');
    const { lines, clipped } = await help.evaluate((el) => ({
      lines: el.getBoundingClientRect().height < 2 * Number.parseFloat(getComputedStyle(el).fontSize) ? 1 : 2,
      clipped: el.scrollWidth > el.clientWidth + 1,
    }));
    expect(lines).toBe(1);
    expect(clipped, 'the whole key help shows').toBe(false);
    expect(await page.getByTestId('story-panel').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(20, 20, 20)');
    await context.close();
    const phone = await app.browser.newContext({ ...WITHOUT_SERVICE_WORKER, viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });
    const p = await phone.newPage();
    await p.goto(`${app.server.url}#/present/5`);
    await p.waitForSelector('[data-layers-ready="true"]', { timeout: 90_000 });
    for (const id of ['story-previous', 'story-next']) {
      const box = (await p.getByTestId(id).boundingBox())!;
      expect(box.y + box.height, `${id} on screen`).toBeLessThanOrEqual(640);
      const hit = await p.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('[data-testid]')?.getAttribute('data-testid'), [box.x + box.width / 2, box.y + box.height / 2]);
      expect(hit, `${id} not covered`).toBe(id);
    }
    // The progress bar runs along the sheet's top, clear of the source line.
    const bar = (await p.locator('.story-bar').boundingBox())!;
    const source = (await p.locator('.story-source').boundingBox())!;
    expect(bar.y + bar.height <= source.y || bar.y >= source.y + source.height).toBe(true);
    await phone.close();
  });

  it('makes a handout: one captioned picture per scene, not blank, drawn off screen: the projected map never moves', async () => {
    const { context, page } = await openPresentation('#/present/1');
    await sceneSettled(page);
    const view = () => page.evaluate(() => window.__clusteratlas!.project([7.2, 51.5]));
    const before = await view();
    const pictureBefore = (await mapPixels(page)).data;
    // Watch the projected map's camera, scene and link for the whole time the handout is made.
    const hashes: string[] = [];
    await page.getByTestId('make-handout').click();
    while (!(await page.getByTestId('handout').count())) {
      hashes.push(await page.evaluate(() => window.location.hash));
      expect(await view(), 'the projected camera while the handout is made').toEqual(before);
      expect(await page.getByTestId('story-progress').textContent()).toMatch(/1 \/ 7/);
      await page.waitForTimeout(250);
    }
    await page.waitForSelector('[data-testid="handout"]', { timeout: 120_000 });
    const images = page.locator('[data-testid="handout"] img');
    expect(await images.count()).toBe(7);
    const sizes = await images.evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).src.length));
    // A PNG of a drawn map is large; a blank canvas compresses to a few KB.
    for (const size of sizes) expect(size).toBeGreaterThan(100_000);
    await page.screenshot({ path: `${SHOTS}/handout.png`, fullPage: false });
    expect(new Set(hashes)).toEqual(new Set(['#/present/1']));
    // Closed, the projected map is as it was: same camera, same picture.
    await page.getByTestId('handout').getByRole('button', { name: /Schließen|Close/ }).first().click();
    await settle(page);
    expect(await view()).toEqual(before);
    expect(Buffer.compare((await mapPixels(page)).data, pictureBefore), 'the same picture after the handout').toBe(0);
    await context.close();
  });

  it('tells once that the atlas now works without a network, and the Info box says so after a reload too', async () => {
    const { context, page } = await openPresentation('#/', undefined, true);
    const note = page.getByTestId('offline-ready');
    // The worker stores 4 MB after the first render; then the note comes, once.
    await expect.poll(() => note.isVisible(), { timeout: 60_000 }).toBe(true);
    expect(await note.textContent()).toContain('läuft auch ohne Netz');
    const info = async () => {
      await page.getByTestId('about-button').click();
      const text = await page.getByTestId('about-offline').textContent();
      await page.keyboard.press('Escape');
      return text;
    };
    expect(await info()).toMatch(/^Bereit/);
    await page.reload();
    await page.waitForSelector('[data-map-idle="true"]');
    await expect.poll(info, { timeout: 15_000 }).toMatch(/^Bereit/);
    expect(await note.count()).toBe(0);
    await context.close();
  });

  it('works offline after the first visit (service worker), reloaded with the network cut', async () => {
    const { context, page } = await openPresentation('#/present/2', undefined, true);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      // Wait until the precache is complete (the worker is active).
      if (registration.active?.state !== 'activated') {
        await new Promise<void>((ok) => registration.active?.addEventListener('statechange', () => ok()));
      }
    });
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('[data-layers-ready="true"]', { timeout: 90_000 });
    await page.waitForSelector('#scene-title');
    await sceneSettled(page);
    expect(await page.getByTestId('story-progress').textContent()).toMatch(/2 \/ 7/);
    expect(countPixels(await mapPixels(page), (r, g, b) => r > 200 && g < 120 && b < 60)).toBeGreaterThan(50);
    await page.screenshot({ path: `${SHOTS}/offline-scene-2.png` });
    await context.close();
  });
});
