import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** Flags for Debian's headless Chromium with software WebGL2 and no background network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
}

/**
 * Chromium with a profile on disk: what a real visit looks like. Needed where Chromium treats
 * the default (incognito-like) contexts differently, e.g. for installing the app.
 */
export function launchPersistentChromium(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
}

/**
 * Context options for tests that are not about working offline: no service worker. Otherwise it
 * stores the app (4 MB) a few seconds after the first render in every fresh context, competing
 * for the CPU, and its one-time note "works without a network" would lie over the map in
 * screenshots and under taps.
 */
export const WITHOUT_SERVICE_WORKER = { serviceWorkers: 'block' } as const;
