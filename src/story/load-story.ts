import type { AtlasData } from '../domain/atlas-data';
import type { Story } from '../domain/story';
import type { Lang } from '../i18n/i18n';
import { checkTranslations, validateStory, type StoryRefs } from './validate-story';

function refsOf(data: AtlasData): StoryRefs {
  return {
    clusters: new Set(data.clustersById.keys()),
    corridors: new Set(data.corridors.map((c) => c.id)),
    sources: new Set(Object.keys(data.sources)),
    ids: {
      municipality: new Set(data.byAgs.keys()),
      institution: new Set(data.institutionsById.keys()),
      corridor: new Set(data.corridors.map((c) => c.id)),
      cluster: new Set(data.clustersById.keys()),
    },
  };
}

/** Loads both language versions of the default story (its own chunk), validates and cross-checks them. */
export async function loadStory(data: AtlasData, lang: Lang): Promise<Story> {
  const [de, en] = await Promise.all([import('./ruhr-clusters.de.json'), import('./ruhr-clusters.en.json')]);
  const refs = refsOf(data);
  const storyDe = validateStory('ruhr-clusters.de.json', de.default, refs);
  const storyEn = validateStory('ruhr-clusters.en.json', en.default, refs);
  checkTranslations(storyDe, storyEn);
  return lang === 'de' ? storyDe : storyEn;
}
