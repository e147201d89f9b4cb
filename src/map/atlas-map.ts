import type { Map as MapLibreMap } from 'maplibre-gl';
import type { StoreApi } from 'zustand';
import { boundsOf } from '../analysis/bounds-of';
import { municipalitiesOf, selectedMunicipalities } from '../analysis/kreise';
import { unitAt } from '../analysis/map-unit';
import type { AtlasData } from '../domain/atlas-data';
import type { Overlays } from '../domain/overlays';
import { translate } from '../i18n/i18n';
import { setChoropleth } from '../layers/choropleth';
import { updateClusterFocusHatching } from '../layers/cluster-focus-hatching';
import { showCompared } from '../layers/compared-outline';
import { CLUSTER_NAME_LAYER } from '../layers/layer-ids';
import type { AppState } from '../store/app-store';
import type { FlyRequest } from '../store/view-slice';
import { captureMap } from './capture-map';
import { createMap, setAttribution } from './create-map';
import type { DataLayers } from './data-layers';
import { bindDataOverlays } from './data-overlays';
import { flyToRequest } from './fly-to-request';
import { gpuSettled } from './gpu-settled';
import { layerInputs } from './layer-inputs-of';
import { bindMunicipalityInteractions, showSelection } from './municipality-interactions';
import { setOnlineBasemap } from './online-basemap';
import { bindOverlayInteractions } from './overlay-interactions';
import { exposeToAutomation } from './test-handle';

type Late = typeof import('./after-first-render');
type Part = 'institutions' | 'overlays' | 'orientation';

/** What in the store the data layers draw from: a change of any of these updates them. */
const LAYER_STATE: (keyof AppState)[] = [
  'selection',
  'hover',
  'hiddenClusters',
  'hiddenCorridors',
  'hiddenCategories',
  'year',
  'sceneLabels',
  'lang',
  'points',
  'hiddenPointValues',
  'drawAllPoints',
];

/** The map on screen now (there is one): components ask it for a picture, never the page's DOM. */
let current: AtlasMap | undefined;
export const atlasMap = (): AtlasMap | undefined => current;
const makeCurrent = (map: AtlasMap | undefined) => (current = map);

/**
 * The one owner of the atlas's MapLibre map: creates it, draws the store's state on it (base
 * layers at once, the data layers in a chunk after the first complete render), turns pointer
 * input into store actions, and offers the rest of the app a narrow API (camera, picture).
 * Throws WebGL2UnavailableError where the browser has no WebGL2.
 */
export class AtlasMap {
  private readonly map: MapLibreMap;
  private ready = false;
  private layers: DataLayers | null = null;
  private late: Late | null = null;
  private overlays: Overlays | undefined;
  private unbindOverlays: () => void = () => {};
  private readonly drawn = { institutions: false, overlays: false, orientation: false };
  private latestFly: FlyRequest | undefined;
  private readonly unbind: (() => void)[] = [];

  constructor(
    private readonly container: HTMLElement,
    private readonly data: AtlasData,
    private readonly store: StoreApi<AppState>,
  ) {
    const s = store.getState();
    performance.mark('map-create');
    const initialBounds = !s.view && s.selection ? boundsOf(s.selection, data) : undefined;
    this.map = createMap({
      container,
      data,
      initialView: s.view,
      initialBounds,
      attribution: translate(s.lang, 'geodataSource'),
      lang: s.lang,
    });
    makeCurrent(this);
    this.bindPointer();
    const map = this.map;
    // Where the pointer is, for the tooltip: sent on every move, never stored.
    map.on('mousemove', (e) => store.getState().pointer.send({ x: e.point.x, y: e.point.y }));
    map.on('moveend', () => {
      const c = map.getCenter();
      store.getState().setView({ lon: c.lng, lat: c.lat, zoom: map.getZoom() });
    });
    map.once('load', () => {
      performance.mark('map-load');
      const now = store.getState();
      showSelection(map, [], selectedMunicipalities(now.selection, data.byAgs));
      setOnlineBasemap(map, now.onlineBasemap, () => store.getState().failOnlineBasemap());
    });
    map.once('idle', () => this.firstRendered());
    this.unbind.push(store.subscribe((next, prev) => this.ready && this.mirror(next, prev)));
  }

  /** The derived corridor bands and cluster areas, once computed: drawn and found by the pointer. */
  showOverlays(overlays: Overlays | undefined): void {
    this.overlays = overlays;
    if (!this.ready || !overlays) return;
    this.unbindOverlays();
    this.layers?.update(layerInputs(this.data, overlays, this.store.getState()));
    this.unbindOverlays = bindDataOverlays(this.map, this.data, overlays, this.store);
    this.map.once('idle', () => this.markDrawn('overlays'));
  }

  /**
   * Carries out a camera request; one with a tag writes it on the map element (data-settled) once
   * the camera has arrived and the map has drawn what it shows there: the tests and the bench
   * wait for that, not for a guessed time. A later request takes the mark over.
   */
  fly(request: FlyRequest): void {
    const map = this.map;
    delete this.container.dataset.settled;
    this.latestFly = request;
    const mark = () => {
      map.once('idle', () => {
        if (this.latestFly === request && request.tag) this.container.dataset.settled = request.tag;
      });
      map.triggerRepaint();
    };
    let ended = false;
    const onEnd = () => {
      ended = true;
      mark();
    };
    map.once('moveend', onEnd);
    flyToRequest(map, request, this.data);
    // A camera already where it is asked to be does not move at all.
    if (!ended && !map.isMoving()) {
      map.off('moveend', onEnd);
      mark();
    }
  }

  /** The map as the user sees it, as one canvas (for the PNG export). */
  capture(): HTMLCanvasElement {
    return captureMap(this.container);
  }

  /** The map's size on screen in CSS pixels (the handout's pictures take it). */
  size(): { width: number; height: number } {
    return { width: this.container.clientWidth, height: this.container.clientHeight };
  }

  destroy(): void {
    for (const off of this.unbind) off();
    this.unbindOverlays();
    this.map.remove();
    this.layers = null;
    if (current === this) makeCurrent(undefined);
  }

  /** Hover and click: institutions and corridor bands first, then the municipalities beneath. */
  private bindPointer(): void {
    const { map, data, store } = this;
    // First, so the municipalities' handlers run after it (see bindOverlayInteractions).
    this.unbind.push(
      bindOverlayInteractions(map, () => this.layers?.targetAt, {
        // Leaving a point must not clear a municipality hover that MapLibre just set.
        onHover: (hover) => {
          const { hover: now, setHover } = store.getState();
          if (hover) setHover(hover);
          else if (now && now.kind !== 'municipality') setHover(undefined);
        },
        onSelect: (selection) => store.getState().select(selection),
      }),
    );
    this.unbind.push(
      bindMunicipalityInteractions(map, {
        onHover: (hover) => store.getState().setHover(hover),
        onSelect: (ags) => store.getState().select(ags ? unitAt(ags, data.byAgs, store.getState()) : undefined),
        hoverGroupOf: (ags) => selectedMunicipalities(unitAt(ags, data.byAgs, store.getState()), data.byAgs),
        isOverlayObjectAt: (x, y) => this.layers?.targetAt(x, y) !== undefined,
        isSelectableOverlayAt: (x, y) => (this.layers?.targetAt(x, y)?.kind ?? 'point') !== 'point',
      }),
    );
  }

  private firstRendered(): void {
    const { map, data, store, container } = this;
    // Read by the benchmark and the e2e tests: the first complete render of the base map.
    performance.mark('map-idle');
    container.dataset.mapIdle = 'true';
    this.ready = true;
    exposeToAutomation(map);
    const s = store.getState();
    if (s.choropleth) this.applyChoropleth(s);
    showCompared(map, municipalitiesOf(s.compare, data.byAgs));
    s.setMapReady();
    // Camera requests from now on (and the last one made before the map could carry it out).
    this.unbind.push(store.getState().camera.listen((request) => this.fly(request)));
    this.showOverlays(this.overlays);
    // The cluster hatching and the institutions (in their own chunk) follow the first complete
    // render, once the GPU has drawn it: the link of their new shader programs then waits less.
    const settled = gpuSettled(map);
    void import('./after-first-render').then(async (late) => {
      await settled;
      if (current !== this) return;
      this.late = late;
      // Rivers and railways, to find one's way by: after the first render, under the data.
      void late.loadOrientation().then((lines) => {
        if (current !== this) return;
        if (!lines) return this.markDrawn('orientation');
        late.showOrientation(map, lines, store.getState().lang);
        map.once('idle', () => this.markDrawn('orientation'));
      });
      const now = store.getState();
      updateClusterFocusHatching(map, data, now.hiddenClusters);
      this.layers = late.attachDataLayers(
        map,
        layerInputs(data, this.overlays, now),
        () => this.markDrawn('institutions'),
        (drawn) => store.getState().setPointsDrawn(drawn),
      );
      late.showClusterNames(map, data, now.hiddenClusters, now.lang, now.presenting);
    });
  }

  /** The "layers ready" signal waits for all three parts: institutions, overlays, orientation lines. */
  private markDrawn(part: Part): void {
    const drawn = this.drawn;
    drawn[part] = true;
    if (!drawn.institutions || !drawn.overlays || !drawn.orientation) return;
    // Read by the benchmark and the e2e tests: the first frame with all data layers on the map.
    performance.mark('layers-rendered');
    this.container.dataset.layersReady = 'true';
  }

  /** Colours the map by the chosen indicator's classes, or clears it. */
  private applyChoropleth(s: AppState): void {
    if (s.choropleth) setChoropleth(this.map, s.choropleth.classes, s.choropleth.colours);
    else setChoropleth(this.map, new Map([...this.data.byAgs.keys()].map((ags) => [ags, null])), []);
  }

  /** Draws what changed in the store. */
  private mirror(s: AppState, prev: AppState): void {
    const { map, data, late } = this;
    if (s.selection !== prev.selection)
      showSelection(map, selectedMunicipalities(prev.selection, data.byAgs), selectedMunicipalities(s.selection, data.byAgs));
    if (s.onlineBasemap !== prev.onlineBasemap) setOnlineBasemap(map, s.onlineBasemap, () => this.store.getState().failOnlineBasemap());
    if (s.lang !== prev.lang) {
      late?.setOrientationLanguage(map, s.lang);
      setAttribution(map, translate(s.lang, 'geodataSource'));
    }
    if (s.compare !== prev.compare) showCompared(map, municipalitiesOf(s.compare, data.byAgs));
    if (s.hiddenClusters !== prev.hiddenClusters) updateClusterFocusHatching(map, data, s.hiddenClusters);
    const namesChanged = s.hiddenClusters !== prev.hiddenClusters || s.lang !== prev.lang || s.presenting !== prev.presenting;
    if (late && namesChanged && map.getLayer(CLUSTER_NAME_LAYER)) late.showClusterNames(map, data, s.hiddenClusters, s.lang, s.presenting);
    if (s.choropleth !== prev.choropleth) this.applyChoropleth(s);
    if (s.pointTiles !== prev.pointTiles) void import('./point-tiles-source').then((m) => m.showPointTiles(map, s.pointTiles?.key ?? null));
    // The scenes' cameras leave the card's side free (padding); the map after the talk has no
    // card. Before the flight back, which would otherwise end offset by the card's width.
    if (prev.presenting && !s.presenting) map.setPadding({ left: 0, top: 0, right: 0, bottom: 0 });
    if (LAYER_STATE.some((k) => s[k] !== prev[k])) this.layers?.update(layerInputs(data, this.overlays, s));
  }
}
