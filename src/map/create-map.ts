import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { BaseGeodata } from '../domain/municipality';
import type { MapView } from '../store/view-slice';
import { WebGL2UnavailableError } from '../platform/webgl-support';
import { buildBaseStyle } from '../layers/base-style';
import { REGION_FIT, SELECTION_FIT } from './selection-fit';

maplibregl.setWorkerUrl(workerUrl);

/**
 * Starts MapLibre's worker (its script is half a megabyte) while the data loads and the page
 * renders, so the map does not wait for it when it is created.
 */
export function prewarmMap(): void {
  maplibregl.prewarm();
}

/** MapLibre's own control texts, in German (English is its default). */
const LOCALE_DE = {
  'NavigationControl.ZoomIn': 'Hineinzoomen',
  'NavigationControl.ZoomOut': 'Herauszoomen',
  'AttributionControl.ToggleAttribution': 'Quellenangaben ein-/ausblenden',
  'ScaleControl.Meters': 'm',
  'ScaleControl.Kilometers': 'km',
};

interface CreateMapOptions {
  container: HTMLElement;
  lang?: 'de' | 'en';
  data: BaseGeodata;
  initialView?: MapView;
  /** Without a view: the area to fit first (a linked selection); the whole region if absent. */
  initialBounds?: [number, number, number, number];
  attribution: string;
}

/**
 * Creates the MapLibre map with the offline style; the only place a map is constructed. Throws
 * WebGL2UnavailableError when the browser cannot give it a WebGL2 context.
 */
export function createMap(options: CreateMapOptions): maplibregl.Map {
  try {
    return constructMap(options);
  } catch (error) {
    if (error instanceof maplibregl.GPUInitializationError) throw new WebGL2UnavailableError(error);
    throw error;
  }
}

function constructMap({ container, data, initialView, initialBounds, attribution, lang = 'de' }: CreateMapOptions): maplibregl.Map {
  const map = new maplibregl.Map({
    container,
    style: buildBaseStyle(data),
    ...(initialView
      ? { center: [initialView.lon, initialView.lat], zoom: initialView.zoom }
      : // A link with a selection but no camera opens on the selection (as a click would fly there),
        // otherwise the whole region is in view.
        initialBounds
        ? { bounds: initialBounds, fitBoundsOptions: SELECTION_FIT }
        : { bounds: data.bounds, fitBoundsOptions: REGION_FIT }),
    minZoom: 7,
    maxZoom: 15,
    maxBounds: [
      [4.8, 50.3],
      [9.6, 52.7],
    ],
    attributionControl: false,
    ...(lang === 'de' ? { locale: LOCALE_DE } : {}),
    dragRotate: false,
    pitchWithRotate: false,
    // Keeps the drawing buffer so screenshots and PNG export see the map.
    canvasContextAttributes: { preserveDrawingBuffer: true },
    // Labels appear at once: a fade would hold back the first complete render by 300 ms.
    fadeDuration: 0,
  });
  map.touchZoomRotate.disableRotation();
  setAttribution(map, attribution);
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
  return map;
}

const attributions = new WeakMap<maplibregl.Map, maplibregl.AttributionControl>();

/** The sources' credit line, in the chosen language: replaced whole when the language changes. */
export function setAttribution(map: maplibregl.Map, text: string): void {
  const old = attributions.get(map);
  if (old) map.removeControl(old);
  // MapLibre's own rule: on a map 640 px wide or less (a phone) the credit opens in full and folds
  // into an (i) button at the first drag, so it no longer covers two lines of a small map.
  const control = new maplibregl.AttributionControl({ customAttribution: text });
  map.addControl(control, 'bottom-right');
  attributions.set(map, control);
}
