import type { Map as MapLibreMap } from 'maplibre-gl';
import { boundsOf } from '../analysis/bounds-of';
import type { AtlasData } from '../domain/atlas-data';
import type { FlyRequest } from '../store/view-slice';
import { SELECTION_FIT } from './selection-fit';

/**
 * How far the presentation's story panel reaches into the map from its left edge, in px: read from
 * the panel itself, whose width the CSS sets (--story-width), so the two cannot drift apart.
 */
function storyPanelReach(map: MapLibreMap): number {
  const container = map.getContainer();
  const panel = container.closest('.map-wrap')?.querySelector('.story-panel');
  if (!panel) return 0;
  return Math.max(0, panel.getBoundingClientRect().right - container.getBoundingClientRect().left);
}

/**
 * Moves the camera as a request asks: to a scene's camera, or fitted to a selected item. Motion
 * only for those who have not asked the system for less of it; a new request stops the running
 * flight, so fast key presses never queue up.
 */
export function flyToRequest(map: MapLibreMap, request: FlyRequest, data: AtlasData, presenting: boolean): void {
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const { camera, selection, instant } = request;
  if (camera) {
    // A scene's camera centre is meant for the part of the map beside the story panel (not in
    // the handout, whose pictures have no panel).
    const left = presenting && !instant ? storyPanelReach(map) : 0;
    map.flyTo({
      center: camera.center, zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch,
      padding: { left, top: 0, right: 0, bottom: 0 }, duration: still || instant ? 0 : 1600, essential: false,
    });
  } else if (selection) {
    const bounds = boundsOf(selection, data);
    if (bounds) map.fitBounds(bounds, { ...SELECTION_FIT, duration: still ? 0 : 1200 });
  }
}
