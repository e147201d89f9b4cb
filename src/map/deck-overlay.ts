import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { visibleCorridors } from '../analysis/visible-corridors';
import { showsDensity } from '../layers/density-rule';
import { buildLayers, type LayerInputs } from '../layers/build-layers';
import type { Hover, Selection } from '../store/selection-slice';
import { corridorAt } from './corridor-picker';
import { institutionPicker, type InstitutionAt } from './institution-picker';

export interface DeckHandlers {
  onHover: (hover: Hover | undefined) => void;
  onSelect: (selection: Selection) => void;
  /** Called once, after the first map frame that includes the deck.gl layers. */
  onFirstRender: () => void;
}

export interface DeckOverlay {
  update: (inputs: LayerInputs) => void;
  /** True when an institution or corridor lies under the given map pixel. */
  hasObjectAt: (x: number, y: number) => boolean;
}

type Target = { kind: 'institution' | 'corridor'; id: string };

/**
 * deck.gl creates its canvas at once but its WebGL context a moment later, and sizes the drawing
 * buffer only in its first frame. Resizing a canvas whose context has work queued waits for the GPU
 * process to finish that work: with software WebGL a measured 1.2 s block of the main thread. Sized
 * like the map's canvas before the context exists, there is nothing to resize.
 */
function sizeBeforeContext(map: MapLibreMap): void {
  const canvas = map.getContainer().querySelector<HTMLCanvasElement>('canvas#deckgl-overlay');
  const mapCanvas = map.getCanvas();
  if (!canvas) return;
  canvas.width = mapCanvas.width;
  canvas.height = mapCanvas.height;
}

/**
 * deck.gl over the map. Loaded with a dynamic import after the first map render, so the first
 * view does not wait for (or download before) deck.gl.
 */
export function attachDeckOverlay(map: MapLibreMap, inputs: LayerInputs, handlers: DeckHandlers): DeckOverlay {
  // deck.gl creates its GPU device asynchronously and draws the layers after onLoad: nothing is
  // picked before that (nothing is drawn), and the first-render signal waits for it too.
  let ready = false;
  // What lies under the pointer is found on the CPU, not by deck.gl's GPU picking (a second draw
  // of every layer and a read-back of pixels per pointer move): institutions from an index of the
  // points drawn as icons (none in a density grid), else the visible corridor band.
  let current = inputs;
  let institutionAt: InstitutionAt = institutionPicker(map, inputs.institutions);
  const targetAt = (x: number, y: number): Target | undefined => {
    const inst = showsDensity(current) ? undefined : institutionAt(x, y);
    if (inst) return { kind: 'institution', id: inst.id };
    const corridor = corridorAt(map, visibleCorridors(current.overlays, current.hiddenCorridors), x, y);
    return corridor ? { kind: 'corridor', id: corridor.id } : undefined;
  };
  const overlay = new MapLibreOverlay({
    // Overlaid, not interleaved: interleaved mode was tried (one WebGL context) and measured no
    // faster here. No layer is pickable in deck.gl: it only reports where the pointer is.
    interleaved: false,
    layers: buildLayers(inputs),
    onLoad: () => {
      ready = true;
      // The overlay draws in step with the map: one repaint, and the next idle has the layers on it.
      map.once('idle', handlers.onFirstRender);
      map.triggerRepaint();
    },
    onHover: (info) => {
      const target = ready ? targetAt(info.x, info.y) : undefined;
      handlers.onHover(target ? { ...target, x: info.x, y: info.y } : undefined);
      map.getCanvas().style.cursor = target ? 'pointer' : '';
    },
    onClick: (info) => {
      const target = ready ? targetAt(info.x, info.y) : undefined;
      if (target) handlers.onSelect(target);
    },
  });
  map.addControl(overlay);
  sizeBeforeContext(map);
  return {
    update: (next) => {
      if (next.institutions !== current.institutions) institutionAt = institutionPicker(map, next.institutions);
      current = next;
      overlay.setProps({ layers: buildLayers(next) });
    },
    hasObjectAt: (x, y) => ready && targetAt(x, y) !== undefined,
  };
}
