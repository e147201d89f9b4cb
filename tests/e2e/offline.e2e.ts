import { describe, expect, it } from 'vitest';
import { countPixels, mapPixels } from '../support/app-page';
import { SHOTS, useBuiltApp } from '../support/built-app';
import { openPresentation, sceneSettled } from '../support/talk-page';

const app = useBuiltApp();

describe('the talk without a network in Chromium', () => {
  it('tells once that the atlas now works without a network, and the Info box says so after a reload too', async () => {
    const { context, page } = await openPresentation(app, '#/', undefined, true);
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
    const { context, page } = await openPresentation(app, '#/present/2', undefined, true);
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
