import type { Overlays } from '../domain/overlays';
import type { AtlasData } from '../domain/atlas-data';
import type { Institution } from '../domain/institution';
import type { Hover, Selection } from '../store/selection-slice';

/** Everything the data layers are drawn from: data plus the plain state that filters it. */
export interface LayerInputs {
  data: AtlasData;
  /** The corridor bands, computed in a worker after the first render: none until then. */
  overlays?: Overlays;
  institutions: Institution[];
  hiddenClusters: string[];
  hiddenCorridors: string[];
  selection?: Selection;
  hover?: Hover;
  /** Settled map zoom: decides between icons and a density grid for very many points. */
  zoom: number;
}
