import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { WITHOUT_SERVICE_WORKER } from '../../tools/browser';
import type { useBuiltApp } from './built-app';

// What the talk's e2e tests share: the story's scenes and the places each names, and a page at a talk.

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
export const storyScenes = (readJson('src/story/ruhr-clusters.de.json') as { scenes: { places: string[]; frame?: string }[] }).scenes;
const institutionRows = (
  readJson('geodata/institutions.geojson') as { features: { properties: { id: string; name: string; aliases: string[] } }[] }
).features;
const towns = (readJson('geodata/ruhr-municipalities.geojson') as { features: { properties: { ags: string; name: string } }[] }).features;
export const ruhr = regionCorners();

/** The corners of the region's bounding box (the app's data.bounds): a region scene shows them all. */
function regionCorners(): [number, number][] {
  const all = (readJson('geodata/ruhr-municipalities.geojson') as { features: { geometry: { coordinates: unknown } }[] }).features.flatMap(
    (f) =>
      JSON.stringify(f.geometry.coordinates)
        .match(/-?\d+\.\d+,-?\d+\.\d+/g)!
        .map((p) => p.split(',').map(Number) as [number, number]),
  );
  const lons = all.map((p) => p[0]);
  const lats = all.map((p) => p[1]);
  const [w, e, s, n] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  return [
    [w, s],
    [w, n],
    [e, s],
    [e, n],
  ];
}

/** The labels scene `i` (0-based) must show: each institution's short form, else its name; each town's name. */
export function sceneLabels(i: number): string[] {
  return storyScenes[i]!.places.map((id) => {
    const town = towns.find((f) => f.properties.ags === id);
    if (town) return town.properties.name;
    const p = institutionRows.find((f) => f.properties.id === id)!.properties;
    return p.aliases[0] ?? p.name;
  });
}

export async function sceneTitle(page: Page): Promise<string> {
  return (await page.locator('#scene-title').textContent()) ?? '';
}

/**
 * A fresh browser context (own storage, for the presenter window) at a presentation link, layers
 * drawn; with the service worker only for the tests of working offline.
 */
export async function openPresentation(
  app: ReturnType<typeof useBuiltApp>,
  hash: string,
  viewport = { width: 1280, height: 800 },
  serviceWorker = false,
) {
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
export async function sceneSettled(page: Page): Promise<void> {
  const n = Number((await page.evaluate(() => window.location.hash)).match(/present\/(\d+)/)![1]);
  await page.waitForSelector(`[data-testid="map"][data-settled="scene:${n - 1}"]`, { timeout: 30_000 });
}
