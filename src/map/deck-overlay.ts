import type { PickingInfo } from '@deck.gl/core';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { showsDensity } from '../layers/build-density-layer';
import { buildLayers, type LayerInputs } from '../layers/build-layers';
import type { Hover, Selection } from '../store/selection-slice';
import { institutionPicker, PICK_RADIUS_PX, type InstitutionAt } from './institution-picker';

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

/** What a picked deck.gl object is, in store terms (institutions are picked on the CPU instead). */
function pickedCorridor(info: PickingInfo): Target | undefined {
  if (!info.object || info.layer?.id !== 'corridor-bands') return undefined;
  return { kind: 'corridor', id: String((info.object as { properties: { id: string } }).properties.id) };
}

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
  // deck.gl creates its GPU device asynchronously; picking before that trips an assertion inside
  // deck.gl, so nothing picks until onLoad, and the first-render signal waits for it too.
  let ready = false;
  // Institutions under the pointer: from an index of the points drawn as icons, none in a density grid.
  let picked = inputs.institutions;
  let institutionAt: InstitutionAt = institutionPicker(map, picked);
  let iconsShown = !showsDensity(inputs);
  /** The institution at a pixel, else the corridor deck.gl picked there: the points lie on top. */
  const targetAt = (info: PickingInfo): Target | undefined => {
    const inst = iconsShown ? institutionAt(info.x, info.y) : undefined;
    return inst ? { kind: 'institution', id: inst.id } : pickedCorridor(info);
  };
  const overlay = new MapLibreOverlay({
    // Overlaid, not interleaved: interleaved mode was tried (one WebGL context) and measured no
    // faster here, and the icons it loads asynchronously stayed invisible until the next map frame.
    interleaved: false,
    layers: buildLayers(inputs),
    pickingRadius: PICK_RADIUS_PX,
    onLoad: () => {
      ready = true;
      // The overlay draws in step with the map: one repaint, and the next idle has the layers on it.
      map.once('idle', handlers.onFirstRender);
      map.triggerRepaint();
    },
    onHover: (info) => {
      const target = targetAt(info);
      handlers.onHover(target ? { ...target, x: info.x, y: info.y } : undefined);
      map.getCanvas().style.cursor = target ? 'pointer' : '';
    },
    onClick: (info) => {
      const target = targetAt(info);
      if (target) handlers.onSelect(target);
    },
  });
  map.addControl(overlay);
  sizeBeforeContext(map);
  return {
    update: (next) => {
      if (next.institutions !== picked) {
        picked = next.institutions;
        institutionAt = institutionPicker(map, picked);
      }
      iconsShown = !showsDensity(next);
      overlay.setProps({ layers: buildLayers(next) });
    },
    hasObjectAt: (x, y) => (iconsShown && institutionAt(x, y) !== undefined)
      || (ready && overlay.pickObject({ x, y, radius: PICK_RADIUS_PX }) !== null),
  };
}
