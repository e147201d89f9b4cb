import type { AtlasData } from '../domain/atlas-data';
import type { Overlays } from '../domain/overlays';
import type { Story } from '../domain/story';
import { composeMapPng } from '../export/compose-map-png';
import { formatDate, translate, type Lang } from '../i18n/i18n';
import { drawOffscreen } from '../map/offscreen-map';
import { scenePlan } from './scene-plan';

export interface HandoutPage {
  title: string;
  text: string[];
  source: string;
  /** PNG data URL of the map with the scene's title and source written on it. */
  image: string;
}

/**
 * Draws every scene on a map off the screen and captions it with its title and source: the
 * pictures for a printed handout or a set of PNG files. The projected map stays as it is.
 */
export async function makeHandout(
  story: Story,
  data: AtlasData,
  overlays: Overlays | undefined,
  size: { width: number; height: number },
  lang: Lang,
): Promise<HandoutPage[]> {
  const plans = story.scenes.map((scene) => scenePlan(scene, data));
  const pictures = await drawOffscreen(data, overlays, size, lang, translate(lang, 'geodataSource'), plans);
  return story.scenes.map((scene, i) => {
    const source = scene.sources
      .map((s) => `${data.sources[s]?.title ?? s} — ${data.sources[s]?.publisher ?? ''}, ${formatDate(lang, data.sources[s]?.date ?? '')}`)
      .join('; ');
    return {
      title: scene.title,
      text: scene.text,
      source,
      image: composeMapPng(
        pictures[i]!,
        scene.title,
        [],
        `${translate(lang, 'sourceLabel')}: ${source} · ${translate(lang, 'geodataSource')}`,
      ),
    };
  });
}
