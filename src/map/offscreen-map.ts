import { selectedMunicipalities } from '../analysis/kreise';
import type { AtlasData } from '../domain/atlas-data';
import type { Overlays } from '../domain/overlays';
import { createSideStore, type AppState } from '../store/app-store';
import type { SceneShot } from '../store/view-slice';
import { updateClusterFocusHatching } from './cluster-focus-hatching';
import { createMap } from './create-map';
import { attachDataLayers } from './data-layers';
import { bindDataOverlays } from './data-overlays';
import { sceneCamera } from './fly-to-request';
import { layerInputs } from './layer-inputs-of';
import { showSelection } from './municipality-interactions';

/** One picture: what the map shows (layers, year, highlight, labels) and where the camera is. */
interface OffscreenShot {
  state: Partial<AppState>;
  shot: SceneShot;
}

const nextIdle = (map: ReturnType<typeof createMap>) =>
  new Promise<void>((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });

/**
 * Draws each shot on a second map that nobody sees (outside the window, with a store of its own)
 * and returns each picture as a canvas. The map on screen, maybe on a projector, never moves.
 */
export async function drawOffscreen(
  data: AtlasData,
  overlays: Overlays | undefined,
  size: { width: number; height: number },
  lang: 'de' | 'en',
  attribution: string,
  shots: readonly OffscreenShot[],
): Promise<HTMLCanvasElement[]> {
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  container.style.cssText = `position: fixed; top: 0; left: ${-size.width - 100}px; width: ${size.width}px; height: ${size.height}px;`;
  document.body.append(container);
  const store = createSideStore();
  store.setState({ lang });
  const map = createMap({ container, data, attribution, lang });
  try {
    await new Promise<void>((resolve) => map.once('load', () => resolve()));
    const layers = attachDataLayers(map, layerInputs(data, overlays, store.getState()), () => {});
    const unbind = overlays ? bindDataOverlays(map, data, overlays, store) : () => {};
    const pictures: HTMLCanvasElement[] = [];
    for (const { state, shot } of shots) {
      const before = store.getState().selection;
      store.setState(state);
      const s = store.getState();
      layers.update(layerInputs(data, overlays, s));
      updateClusterFocusHatching(map, data, s.hiddenClusters);
      showSelection(map, selectedMunicipalities(before, data.byAgs), selectedMunicipalities(s.selection, data.byAgs));
      map.jumpTo(sceneCamera(map, shot));
      await nextIdle(map);
      const source = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      copy.getContext('2d')!.drawImage(source, 0, 0);
      pictures.push(copy);
    }
    unbind();
    return pictures;
  } finally {
    map.remove();
    container.remove();
  }
}
