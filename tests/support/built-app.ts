import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../tools/browser';
import { serveStatic, type StaticServer } from '../../tools/static-server';

/** Where the e2e tests save their screenshots (look at them). */
export const SHOTS = 'test-results';

interface BuiltApp {
  server: StaticServer;
  browser: Browser;
}

/**
 * One static server of dist/ and one Chromium per test file, started before and closed after
 * its tests. Returns a holder whose fields are set once the tests run.
 */
export function useBuiltApp(): BuiltApp {
  const app = {} as BuiltApp;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    app.server = await serveStatic('dist');
    app.browser = await launchChromium();
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}
