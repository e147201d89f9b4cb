import type { AtlasData } from '../domain/atlas-data';
import type { Overlays } from '../domain/overlays';
import type { LayerInputs } from '../layers/layer-inputs';
import type { AppState } from '../store/app-store';
import { cachedSceneLabels, cachedVisible } from './visible-cache';

/** What the data layers draw, from the data and a store's state (the app's, or the handout's). */
export function layerInputs(data: AtlasData, overlays: Overlays | undefined, s: AppState): LayerInputs {
  return {
    data,
    overlays,
    institutions: cachedVisible(data, s),
    hiddenClusters: s.hiddenClusters,
    year: s.year,
    sceneLabels: cachedSceneLabels(data, s.sceneLabels),
    lang: s.lang,
    hiddenCorridors: s.hiddenCorridors,
    selection: s.selection,
    hover: s.hover,
    points: s.points,
    hiddenPointValues: s.hiddenPointValues,
    drawAllPoints: s.drawAllPoints,
  };
}
