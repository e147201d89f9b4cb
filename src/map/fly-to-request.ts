import type { Map as MapLibreMap } from 'maplibre-gl';
import { boundsOf } from '../analysis/bounds-of';
import type { AtlasData } from '../domain/atlas-data';
import type { FlyRequest } from '../store/view-slice';
import { REGION_FIT, SELECTION_FIT } from './selection-fit';

type Padding = { left: number; top: number; right: number; bottom: number };
const NO_PADDING: Padding = { left: 0, top: 0, right: 0, bottom: 0 };

/**
 * The part of the map the presentation's story card covers, as camera padding: read from the card
 * itself, whose size the CSS sets, so the two cannot drift apart. A card along the left (projector,
 * laptop) pads the left; a sheet across the bottom (phone) pads the bottom.
 */
function storyPanelPadding(map: MapLibreMap): Padding {
  const container = map.getContainer().getBoundingClientRect();
  const panel = map.getContainer().closest('.map-wrap')?.querySelector('.story-panel')?.getBoundingClientRect();
  if (!panel) return NO_PADDING;
  if (panel.width > container.width * 0.7) return { ...NO_PADDING, bottom: Math.max(0, container.bottom - panel.top) };
  return { ...NO_PADDING, left: Math.max(0, panel.right - container.left) };
}

/**
 * The map beside the card on a 1280×720 projector: the view the scenes' cameras were set for. A
 * smaller view zooms out by as much as it is smaller, so a scene keeps its places in sight on a
 * 1024×768 projector or a phone; a larger one keeps the scene's zoom and shows more around it.
 */
const SCENE_VIEW = { width: 720, height: 670 };

export function sceneZoom(zoom: number, visible: { width: number; height: number }): number {
  const scale = Math.min(visible.width / SCENE_VIEW.width, visible.height / SCENE_VIEW.height);
  return scale > 0 && scale < 1 ? zoom + Math.log2(scale) : zoom;
}

function fittedZoom(map: MapLibreMap, zoom: number, padding: Padding): number {
  const { width, height } = map.getContainer().getBoundingClientRect();
  return sceneZoom(zoom, { width: width - padding.left - padding.right, height: height - padding.top - padding.bottom });
}

/**
 * Moves the camera as a request asks: back to a view, to a scene's camera, fitted to a selected
 * item or to the region. Motion only for those who have not asked the system for less of it; a
 * new request stops the running flight, so fast key presses never queue up.
 */
export function flyToRequest(map: MapLibreMap, request: FlyRequest, data: AtlasData, presenting: boolean): void {
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const { camera, selection, view, region, instant } = request;
  if (view) {
    map.easeTo({ center: [view.lon, view.lat], zoom: view.zoom, duration: still ? 0 : 600, essential: false });
  } else if (camera) {
    // A scene's camera centre is meant for the part of the map beside the story card (not in
    // the handout, whose pictures have no card).
    const padding = presenting && !instant ? storyPanelPadding(map) : NO_PADDING;
    map.flyTo({
      center: camera.center, zoom: fittedZoom(map, camera.zoom, padding), bearing: camera.bearing, pitch: camera.pitch,
      padding, duration: still || instant ? 0 : 1600, essential: false,
    });
  } else if (selection) {
    const bounds = boundsOf(selection, data);
    if (bounds) map.fitBounds(bounds, { ...SELECTION_FIT, duration: still ? 0 : 1200 });
  } else if (region) {
    map.fitBounds(data.bounds, { ...REGION_FIT, duration: still ? 0 : 1200 });
  }
}
