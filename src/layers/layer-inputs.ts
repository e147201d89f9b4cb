import type { Overlays } from '../analysis/derive-overlays';
import type { AtlasData } from '../domain/atlas-data';
import type { Institution } from '../domain/institution';
import type { Lang } from '../lib/i18n';
import type { Hover, Selection } from '../store/selection-slice';

/** Everything the deck.gl layers are built from: data plus the plain state that filters it. */
export interface LayerInputs {
  data: AtlasData;
  overlays: Overlays;
  institutions: Institution[];
  hiddenClusters: string[];
  hiddenCorridors: string[];
  selection?: Selection;
  hover?: Hover;
  lang: Lang;
  /** Settled map zoom: decides between icons and a density grid for very many points. */
  zoom: number;
}
