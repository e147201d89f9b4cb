import type { AtlasData } from '../domain/atlas-data';
import type { Story } from '../domain/story';
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

/** Writes title and source onto the map picture, so each PNG stands on its own. */
function withCaption(map: HTMLCanvasElement, title: string, source: string): string {
  const pad = Math.round(map.width * 0.02);
  const titleSize = Math.round(map.width * 0.028);
  const sourceSize = Math.round(titleSize * 0.5);
  const out = document.createElement('canvas');
  out.width = map.width;
  out.height = map.height + titleSize * 2 + sourceSize * 2 + pad * 2;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.fillStyle = '#111111';
  ctx.font = `600 ${titleSize}px "Source Sans 3", sans-serif`;
  ctx.fillText(title, pad, pad + titleSize);
  ctx.drawImage(map, 0, titleSize * 2 + pad);
  ctx.font = `400 ${sourceSize}px "Source Sans 3", sans-serif`;
  ctx.fillStyle = '#444444';
  ctx.fillText(source, pad, out.height - pad);
  return out.toDataURL('image/png');
}

/**
 * Renders every scene on the live map (jumping, not flying) and captures it with its title and
 * source: the pictures for a printed handout or a set of PNG files.
 */
export async function makeHandout(story: Story, data: AtlasData, container: HTMLElement): Promise<HandoutPage[]> {
  const pages: HandoutPage[] = [];
  for (const scene of story.scenes) {
    const drawn = nextIdle();
    applyScene(scene, data, true);
    await drawn;
    const source = scene.sources.map((s) => `${data.sources[s]?.title ?? s} — ${data.sources[s]?.publisher ?? ''}, ${data.sources[s]?.date ?? ''}`).join('; ');
    pages.push({ title: scene.title, text: scene.text, source, image: withCaption(captureMap(container), scene.title, `Quelle/Source: ${source} · Karte: © GeoBasis-DE / BKG (VG250)`) });
  }
  return pages;
}
