import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchPersistentChromium } from '../../tools/browser';
import { serveStatic, type StaticServer } from '../../tools/static-server';

describe('installable app', () => {
  let server: StaticServer;
  const profile = mkdtempSync(join(tmpdir(), 'clusteratlas-profile-'));
  beforeAll(async () => {
    server = await serveStatic('dist');
  });
  afterAll(async () => {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('can be installed: Chromium reports no installability error once the service worker runs', async () => {
    const context = await launchPersistentChromium(profile);
    try {
      const page = await context.newPage();
      await page.goto(server.url);
      await page.waitForSelector('[data-map-idle="true"]', { timeout: 90_000 });
      await page.evaluate(() => navigator.serviceWorker.ready);
      const cdp = await context.newCDPSession(page);
      const manifest = await cdp.send('Page.getAppManifest');
      expect(manifest.errors).toEqual([]);
      expect(JSON.parse(manifest.data ?? '{}')).toMatchObject({ name: 'Clusteratlas Ruhr', display: 'standalone', lang: 'de' });
      // Chromium decides installability after the worker is active; ask until it has.
      await expect.poll(async () => (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors, { timeout: 15_000 }).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
