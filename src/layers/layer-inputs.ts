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

/** "#D55E00" -> [213, 94, 0, alpha] for deck.gl. */
export function rgba(hex: string, alpha = 255): [number, number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, alpha];
}
