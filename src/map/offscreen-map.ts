import { selectedMunicipalities } from '../analysis/kreise';
import type { AtlasData } from '../domain/atlas-data';
import type { Overlays } from '../domain/overlays';
import { createSideStore } from '../store/app-store';
import type { ScenePlan } from '../store/story-slice';
import type { SceneShot } from '../store/view-slice';
import { updateClusterFocusHatching } from '../layers/cluster-focus-hatching';
import { createMap } from './create-map';
import { attachDataLayers } from './data-layers';
import { bindDataOverlays } from './data-overlays';
import { sceneCamera } from './fly-to-request';
import { layerInputs } from './layer-inputs-of';
import { showSelection } from './municipality-interactions';

const nextIdle = (map: ReturnType<typeof createMap>) =>
  new Promise<void>((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });

/**
 * Draws each scene on a second map that nobody sees (outside the window, with a store of its own
 * that steps through the scenes as the talk does) and returns each picture as a canvas. The map
 * on screen, maybe on a projector, never moves.
 */
export async function drawOffscreen(
  data: AtlasData,
  overlays: Overlays | undefined,
  size: { width: number; height: number },
  lang: 'de' | 'en',
  attribution: string,
  plans: readonly ScenePlan[],
): Promise<HTMLCanvasElement[]> {
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  container.style.cssText = `position: fixed; top: 0; left: ${-size.width - 100}px; width: ${size.width}px; height: ${size.height}px;`;
  document.body.append(container);
  const store = createSideStore();
  store.getState().setLang(lang);
  let shot: SceneShot | undefined;
  const unlisten = store.getState().camera.listen((request) => (shot = request.scene));
  const map = createMap({ container, data, attribution, lang });
  try {
    await new Promise<void>((resolve) => map.once('load', () => resolve()));
    const layers = attachDataLayers(map, layerInputs(data, overlays, store.getState()), () => {});
    const unbind = overlays ? bindDataOverlays(map, data, overlays, store) : () => {};
    const pictures: HTMLCanvasElement[] = [];
    store.getState().setTalkPlan(plans);
    for (let i = 0; i < plans.length; i++) {
      const before = store.getState().selection;
      store.getState().goToScene(i);
      const s = store.getState();
      layers.update(layerInputs(data, overlays, s));
      updateClusterFocusHatching(map, data, s.hiddenClusters);
      showSelection(map, selectedMunicipalities(before, data.byAgs), selectedMunicipalities(s.selection, data.byAgs));
      if (shot) map.jumpTo(sceneCamera(map, shot));
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
    unlisten();
    map.remove();
    container.remove();
  }
}
