import type { AtlasData } from '../domain/atlas-data';
import type { Story } from '../domain/story';
import { composeMapPng } from '../lib/compose-map-png';
import { formatDate, type Lang } from '../lib/i18n';
import { captureMap } from '../map/capture-map';
import { useAppStore } from '../store/app-store';
import { applyScene } from './apply-scene';

export interface HandoutPage {
  title: string;
  text: string[];
  source: string;
  /** PNG data URL of the map with the scene's title and source written on it. */
  image: string;
}

/** Resolves after the map has drawn the next change (its idle count goes up), plus a frame. */
function nextIdle(): Promise<void> {
  const start = useAppStore.getState().idleCount;
  return new Promise((resolve) => {
    const unsubscribe = useAppStore.subscribe((s) => {
      if (s.idleCount > start) {
        unsubscribe();
        requestAnimationFrame(() => resolve());
      }
    });
  });
}

/**
 * Renders every scene on the live map (jumping, not flying) and captures it with its title and
 * source: the pictures for a printed handout or a set of PNG files.
 */
export async function makeHandout(story: Story, data: AtlasData, container: HTMLElement, lang: Lang): Promise<HandoutPage[]> {
  const pages: HandoutPage[] = [];
  for (const scene of story.scenes) {
    const drawn = nextIdle();
    applyScene(scene, data, true);
    await drawn;
    const source = scene.sources.map((s) => `${data.sources[s]?.title ?? s} — ${data.sources[s]?.publisher ?? ''}, ${formatDate(lang, data.sources[s]?.date ?? '')}`).join('; ');
    pages.push({ title: scene.title, text: scene.text, source, image: composeMapPng(captureMap(container), scene.title, [], `Quelle/Source: ${source} · Karte: © GeoBasis-DE / BKG (VG250)`) });
  }
  return pages;
}
