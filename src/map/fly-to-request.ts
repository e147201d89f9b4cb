import type { Map as MapLibreMap } from 'maplibre-gl';
import { boundsOf } from '../analysis/bounds-of';
import type { AtlasData } from '../domain/atlas-data';
import type { Cover, FlyRequest, SceneShot } from '../store/view-slice';
import { REGION_FIT, SELECTION_FIT } from './selection-fit';

type Padding = Cover;
const NO_PADDING: Padding = { left: 0, top: 0, right: 0, bottom: 0 };
/**
 * Room kept around a scene's places, so their labels fit beside them on screen too: wider at the
 * sides, where a name beside an icon needs about 130 px ("HS Bochum" was cut at 80).
 */
const FRAME_MARGIN = { x: 140, y: 80 };

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
export function flyToRequest(map: MapLibreMap, request: FlyRequest, data: AtlasData): void {
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const { scene, selection, view, region, instant } = request;
  if (view) {
    map.easeTo({ center: [view.lon, view.lat], zoom: view.zoom, duration: still ? 0 : 600, essential: false });
  } else if (scene) {
    map.flyTo({ ...sceneCamera(map, scene), duration: still || instant ? 0 : 1600, essential: false });
  } else if (selection) {
    const bounds = boundsOf(selection, data);
    if (bounds) map.fitBounds(bounds, { ...SELECTION_FIT, duration: still ? 0 : 1200 });
  } else if (region) {
    map.fitBounds(data.bounds, { ...REGION_FIT, duration: still ? 0 : 1200 });
  }
}

/** Mercator y of a latitude, 0 (north edge of the world) to 1. */
const mercatorY = (lat: number) => (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2;

/**
 * The zoom at which a frame just fills `width` × `height` pixels (MapLibre's world is 512 px
 * wide at zoom 0). Computed here, not by cameraForBounds, which also subtracts whatever padding
 * the map holds from the scene before.
 */
function frameZoom([[w, south], [e, n]]: [[number, number], [number, number]], width: number, height: number): number {
  const dx = Math.max((e - w) / 360, 1e-9);
  const dy = Math.max(mercatorY(south) - mercatorY(n), 1e-9);
  return Math.log2(Math.min(Math.max(width, 1) / (512 * dx), Math.max(height, 1) / (512 * dy)));
}

/** The middle of a frame on the (Mercator) map, not the mean of its latitudes. */
function frameCentre([[w, south], [e, n]]: [[number, number], [number, number]]): [number, number] {
  const y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  const lat = ((2 * Math.atan(Math.exp((y(south) + y(n)) / 2)) - Math.PI / 2) * 180) / Math.PI;
  return [(w + e) / 2, lat];
}

/**
 * Where a scene puts the camera. With a frame: the frame fitted into the part of the map the card
 * leaves free (the padding puts the centre there), zoomed in no closer than the scene's own
 * camera, so it suits a 1280×720 projector, an 800×600 one and a phone alike. Without: the scene's
 * camera, zoomed out by as much as the free part is smaller than the one it was set for.
 */
export function sceneCamera(map: MapLibreMap, { camera, frame, cover = NO_PADDING }: SceneShot) {
  const base = { bearing: camera.bearing, pitch: camera.pitch };
  if (frame) {
    const padding = {
      left: cover.left + FRAME_MARGIN.x,
      top: cover.top + FRAME_MARGIN.y,
      right: cover.right + FRAME_MARGIN.x,
      bottom: cover.bottom + FRAME_MARGIN.y,
    };
    const { width, height } = map.getContainer().getBoundingClientRect();
    const zoom = frameZoom(frame, width - padding.left - padding.right, height - padding.top - padding.bottom);
    return { ...base, center: frameCentre(frame), zoom: Math.min(camera.zoom, zoom), padding };
  }
  return { ...base, center: camera.center, zoom: fittedZoom(map, camera.zoom, cover), padding: cover };
}
