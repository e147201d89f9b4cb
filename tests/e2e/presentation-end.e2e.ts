import { describe, expect, it } from 'vitest';
import { mapPixels, settle } from '../support/app-page';
import { WITHOUT_SERVICE_WORKER } from '../../tools/browser';
import { SHOTS, useBuiltApp } from '../support/built-app';
import { openPresentation, sceneSettled } from '../support/talk-page';

const app = useBuiltApp();

describe('ending a talk in Chromium: Esc, Back, black screen, handout', () => {
  it('keeps the screen on during the talk and ends it on the map as it was before: by Esc, by the back button; forward resumes it', async () => {
    const { context, page } = await openPresentation(app, '#/?m=05911000&hc=montan&y=2021');
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
    const { context, page } = await openPresentation(app, '#/present/3');
    const hash = () => page.evaluate(() => window.location.hash);
    await sceneSettled(page);
    const entries = await page.evaluate(() => window.history.length);
    await page.keyboard.press('Escape');
    await expect.poll(hash).not.toContain('present');
    expect(await page.getByTestId('talk-ended').textContent()).toContain('alle Ebenen');
    for (const id of ['health', 'itsec', 'hydrogen', 'logistics', 'montan'])
      expect(await page.getByTestId(`toggle-cluster-${id}`).isChecked(), id).toBe(true);
    expect(await hash()).not.toMatch(/[?&](y|hc|hk)=/);
    expect(await page.evaluate(() => window.history.length)).toBe(entries + 1);
    await page.goBack();
    await expect.poll(hash).toMatch(/^#\/present\/3/);
    expect(await page.getByTestId('story-progress').textContent()).toMatch(/3 \/ 7/);
    await context.close();
  });

  it('lifts a black screen with PageDown without turning the page; the presenter window follows the end of the talk', async () => {
    const { context, page } = await openPresentation(app, '#/present/2');
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
    const { context, page } = await openPresentation(app, '#/present/3', { width: 1024, height: 768 });
    const help = page.locator('.keys-help');
    const { lines, clipped } = await help.evaluate((el) => ({
      lines: el.getBoundingClientRect().height < 2 * Number.parseFloat(getComputedStyle(el).fontSize) ? 1 : 2,
      clipped: el.scrollWidth > el.clientWidth + 1,
    }));
    expect(lines).toBe(1);
    expect(clipped, 'the whole key help shows').toBe(false);
    expect(await page.getByTestId('story-panel').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(20, 20, 20)');
    await context.close();
    const phone = await app.browser.newContext({
      ...WITHOUT_SERVICE_WORKER,
      viewport: { width: 360, height: 640 },
      hasTouch: true,
      isMobile: true,
    });
    const p = await phone.newPage();
    await p.goto(`${app.server.url}#/present/5`);
    await p.waitForSelector('[data-layers-ready="true"]', { timeout: 90_000 });
    for (const id of ['story-previous', 'story-next']) {
      const box = (await p.getByTestId(id).boundingBox())!;
      expect(box.y + box.height, `${id} on screen`).toBeLessThanOrEqual(640);
      const hit = await p.evaluate(
        ([x, y]) => document.elementFromPoint(x!, y!)?.closest('[data-testid]')?.getAttribute('data-testid'),
        [box.x + box.width / 2, box.y + box.height / 2],
      );
      expect(hit, `${id} not covered`).toBe(id);
    }
    // The progress bar runs along the sheet's top, clear of the source line.
    const bar = (await p.locator('.story-bar').boundingBox())!;
    const source = (await p.locator('.story-source').boundingBox())!;
    expect(bar.y + bar.height <= source.y || bar.y >= source.y + source.height).toBe(true);
    await phone.close();
  });

  it('makes a handout: one captioned picture per scene, not blank, drawn off screen: the projected map never moves', async () => {
    const { context, page } = await openPresentation(app, '#/present/1');
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
    await page
      .getByTestId('handout')
      .getByRole('button', { name: /Schließen|Close/ })
      .first()
      .click();
    await settle(page);
    expect(await view()).toEqual(before);
    expect(Buffer.compare((await mapPixels(page)).data, pictureBefore), 'the same picture after the handout').toBe(0);
    await context.close();
  });
});
