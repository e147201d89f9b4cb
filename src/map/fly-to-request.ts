import type { Map as MapLibreMap } from 'maplibre-gl';
import { boundsOf } from '../analysis/bounds-of';
import type { AtlasData } from '../domain/atlas-data';
import type { FlyRequest } from '../store/view-slice';
import { SELECTION_FIT } from './selection-fit';

/** Width of the story panel the presentation lays over the map's left side, in px. */
const STORY_PANEL_PX = 34 * 16 + 32;

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
    const left = presenting && !instant ? Math.min(map.getContainer().clientWidth * 0.45, STORY_PANEL_PX) : 0;
    map.flyTo({
      center: camera.center, zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch,
      padding: { left, top: 0, right: 0, bottom: 0 }, duration: still || instant ? 0 : 1600, essential: false,
    });
  } else if (selection) {
    const bounds = boundsOf(selection, data);
    if (bounds) map.fitBounds(bounds, { ...SELECTION_FIT, duration: still ? 0 : 1200 });
  }
}
