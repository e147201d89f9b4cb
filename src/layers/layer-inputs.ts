import type { Overlays } from '../domain/overlays';
import type { AtlasData } from '../domain/atlas-data';
import type { Institution } from '../domain/institution';
import type { PointSet } from '../domain/point-set';
import type { HiddenPointValues } from '../analysis/point-counts';
import type { ScenePlace } from '../domain/story';
import type { Hover, Selection } from '../store/selection-slice';

/** Everything the data layers are drawn from: data plus the plain state that filters it. */
export interface LayerInputs {
  data: AtlasData;
  /** The corridor bands, computed in a worker after the first render: none until then. */
  overlays?: Overlays;
  institutions: Institution[];
  hiddenClusters: string[];
  /** The year the map shows (null: today): closed places are drawn faded. */
  year: number | null;
  /** The places the current scene of a talk names: labelled on the map. */
  sceneLabels: ScenePlace[];
  lang: 'de' | 'en';
  hiddenCorridors: string[];
  selection?: Selection;
  hover?: Hover;
  /** The planner's own points, if loaded, and what their filters switched off. */
  points: PointSet | null;
  hiddenPointValues: HiddenPointValues;
  /** Draw every own point even where only a sample would be (software WebGL): the planner's choice. */
  drawAllPoints: boolean;
}
