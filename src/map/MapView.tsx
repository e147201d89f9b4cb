import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Overlays } from '../domain/overlays';
import { unitAt } from '../analysis/map-unit';
import { boundsOf } from '../analysis/bounds-of';
import type { AtlasData } from '../domain/atlas-data';
import { translate } from '../lib/i18n';
import { WebGL2UnavailableError } from '../lib/webgl-support';
import { useAppStore, type AppState } from '../store/app-store';
import type { FlyRequest } from '../store/view-slice';
import { municipalitiesOf, selectedMunicipalities } from '../analysis/kreise';
import { setChoropleth } from './choropleth';
import { showCompared } from './compared-outline';
import { updateClusterFocusHatching } from './cluster-focus-hatching';
import { gpuSettled } from './gpu-settled';
import { createMap, setAttribution } from './create-map';
import type { DataLayers } from './data-layers';
import { CLUSTER_NAME_LAYER } from './layer-ids';
import { bindDataOverlays } from './data-overlays';
import { flyToRequest } from './fly-to-request';
import { bindMunicipalityInteractions, showSelection } from './municipality-interactions';
import { bindOverlayInteractions } from './overlay-interactions';
import { setOnlineBasemap } from './online-basemap';
import { exposeToAutomation } from './test-handle';
import { layerInputs } from './layer-inputs-of';

interface Props {
  data: AtlasData;
  /** Arrives after the first render (see App); until then no corridor bands or areas show. */
  overlays?: Overlays;
}

/** Colours the map by the chosen indicator's classes, or clears it. */
function applyChoropleth(map: MapLibreMap, data: AtlasData, s: AppState): void {
  if (!s.choropleth) setChoropleth(map, new Map([...data.byAgs.keys()].map((ags) => [ags, null])), []);
  else setChoropleth(map, s.choropleth.classes, s.choropleth.colours);
}

/**
 * Carries out a camera request; one with a tag writes it on the map element (data-settled) once
 * the camera has arrived and the map has drawn what it shows there: the tests and the bench
 * wait for that, not for a guessed time. A later request takes the mark over.
 */
function flyAndMark(map: MapLibreMap, request: FlyRequest, data: AtlasData): void {
  const container = map.getContainer();
  delete container.dataset.settled;
  latestRequest.set(map, request);
  const mark = () => {
    map.once('idle', () => {
      if (latestRequest.get(map) === request && request.tag) container.dataset.settled = request.tag;
    });
    map.triggerRepaint();
  };
  let ended = false;
  const onEnd = () => {
    ended = true;
    mark();
  };
  map.once('moveend', onEnd);
  flyToRequest(map, request, data);
  // A camera already where it is asked to be does not move at all.
  if (!ended && !map.isMoving()) {
    map.off('moveend', onEnd);
    mark();
  }
}
const latestRequest = new WeakMap<MapLibreMap, FlyRequest>();

const LAYER_STATE: (keyof AppState)[] = [
  'selection',
  'hover',
  'hiddenClusters',
  'hiddenCorridors',
  'hiddenCategories',
  'year',
  'view',
  'sceneLabels',
  'lang',
];

/** The map canvas. Owns the MapLibre instance and its data layers and mirrors the store into them. */
export function MapView({ data, overlays }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const layersRef = useRef<DataLayers | null>(null);
  // The chunk of what is drawn after the first render, once loaded.
  const lateRef = useRef<typeof import('./after-first-render') | null>(null);
  // Read by the data layers' effect: the overlays arrive later than the layers may.
  const overlaysRef = useRef(overlays);
  overlaysRef.current = overlays;
  // What has been drawn of the data: the "layers ready" signal waits for all three (institutions,
  // corridor bands and areas, the orientation lines).
  const drawnRef = useRef({ institutions: false, overlays: false, orientation: false });
  const markDrawn = (part: 'institutions' | 'overlays' | 'orientation') => {
    const drawn = drawnRef.current;
    drawn[part] = true;
    if (!drawn.institutions || !drawn.overlays || !drawn.orientation || !containerRef.current) return;
    // Read by the benchmark and the e2e tests: the first frame with all data layers on the map.
    performance.mark('layers-rendered');
    containerRef.current.dataset.layersReady = 'true';
  };

  // A layout effect: the map starts before the browser first paints the page, not after.
  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const store = useAppStore.getState();
    performance.mark('map-create');
    let map: MapLibreMap;
    try {
      const initialBounds = !store.view && store.selection ? boundsOf(store.selection, data) : undefined;
      map = createMap({
        container,
        data,
        initialView: store.view,
        initialBounds,
        attribution: translate(store.lang, 'geodataSource'),
        lang: store.lang,
      });
    } catch (error) {
      // No WebGL2 context: the app switches to the message and the list (see App).
      if (error instanceof WebGL2UnavailableError) {
        store.setWebgl2Missing();
        return;
      }
      throw error;
    }
    let loaded = false;
    // First, so the municipalities' handlers run after it (see bindOverlayInteractions).
    const unbindOverlay = bindOverlayInteractions(map, () => layersRef.current?.targetAt, {
      // Leaving a point must not clear a municipality hover that MapLibre just set.
      onHover: (hover) => {
        const { hover: current, setHover } = useAppStore.getState();
        if (hover) setHover(hover);
        else if (current && current.kind !== 'municipality') setHover(undefined);
      },
      onSelect: (selection) => useAppStore.getState().select(selection),
    });
    const unbind = bindMunicipalityInteractions(map, {
      onHover: (hover) => useAppStore.getState().setHover(hover),
      onSelect: (ags) => useAppStore.getState().select(ags ? unitAt(ags, data.byAgs, useAppStore.getState()) : undefined),
      hoverGroupOf: (ags) => selectedMunicipalities(unitAt(ags, data.byAgs, useAppStore.getState()), data.byAgs),
      isOverlayObjectAt: (x, y) => layersRef.current?.targetAt(x, y) !== undefined,
    });
    map.on('moveend', () => {
      const c = map.getCenter();
      useAppStore.getState().setView({ lon: c.lng, lat: c.lat, zoom: map.getZoom() });
    });
    map.once('load', () => {
      performance.mark('map-load');
      loaded = true;
      const s = useAppStore.getState();
      showSelection(map, [], selectedMunicipalities(s.selection, data.byAgs));
      setOnlineBasemap(map, s.onlineBasemap, () => useAppStore.getState().failOnlineBasemap());
    });
    map.once('idle', () => {
      // Read by the benchmark and the e2e tests: the first complete render of the base map.
      performance.mark('map-idle');
      container.dataset.mapIdle = 'true';
      mapRef.current = map;
      exposeToAutomation(map);
      if (useAppStore.getState().choropleth) applyChoropleth(map, data, useAppStore.getState());
      showCompared(map, municipalitiesOf(useAppStore.getState().compare, data.byAgs));
      useAppStore.getState().setMapReady();
      // The cluster hatching and the institutions (in their own chunk) follow the first complete
      // render, once the GPU has drawn it: the link of their new shader programs then waits less.
      const settled = gpuSettled(map);
      void import('./after-first-render').then(async (late) => {
        await settled;
        if (mapRef.current !== map) return;
        lateRef.current = late;
        const { attachDataLayers, loadOrientation, showOrientation, showClusterNames } = late;
        // Rivers and railways, to find one's way by: after the first render, under the data.
        void loadOrientation().then((lines) => {
          if (mapRef.current !== map) return;
          if (!lines) {
            markDrawn('orientation');
            return;
          }
          showOrientation(map, lines, useAppStore.getState().lang);
          map.once('idle', () => markDrawn('orientation'));
        });
        updateClusterFocusHatching(map, data, useAppStore.getState().hiddenClusters);
        layersRef.current = attachDataLayers(map, layerInputs(data, overlaysRef.current, useAppStore.getState()), () =>
          markDrawn('institutions'),
        );
        const now = useAppStore.getState();
        showClusterNames(map, data, now.hiddenClusters, now.lang, now.presenting);
      });
    });
    const unsubscribe = useAppStore.subscribe((s, prev) => {
      if (!loaded || !mapRef.current) return;
      if (s.selection !== prev.selection)
        showSelection(map, selectedMunicipalities(prev.selection, data.byAgs), selectedMunicipalities(s.selection, data.byAgs));
      if (s.onlineBasemap !== prev.onlineBasemap) setOnlineBasemap(map, s.onlineBasemap, () => useAppStore.getState().failOnlineBasemap());
      if (s.lang !== prev.lang) {
        lateRef.current?.setOrientationLanguage(map, s.lang);
        setAttribution(map, translate(s.lang, 'geodataSource'));
      }
      if (s.compare !== prev.compare) showCompared(map, municipalitiesOf(s.compare, data.byAgs));
      if (s.hiddenClusters !== prev.hiddenClusters) updateClusterFocusHatching(map, data, s.hiddenClusters);
      const late = lateRef.current;
      if (
        late &&
        (s.hiddenClusters !== prev.hiddenClusters || s.lang !== prev.lang || s.presenting !== prev.presenting) &&
        map.getLayer(CLUSTER_NAME_LAYER)
      )
        late.showClusterNames(map, data, s.hiddenClusters, s.lang, s.presenting);
      if (s.choropleth !== prev.choropleth) applyChoropleth(map, data, s);
      // The scenes' cameras leave the card's side free (padding); the map after the talk has no
      // card. Before the flight back, which would otherwise end offset by the card's width.
      if (prev.presenting && !s.presenting) map.setPadding({ left: 0, top: 0, right: 0, bottom: 0 });
      if (s.flyRequest && s.flyRequest !== prev.flyRequest) flyAndMark(map, s.flyRequest, data);
      if (LAYER_STATE.some((k) => s[k] !== prev[k])) layersRef.current?.update(layerInputs(data, overlaysRef.current, s));
    });
    return () => {
      unsubscribe();
      unbindOverlay();
      unbind();
      map.remove();
      mapRef.current = null;
      layersRef.current = null;
    };
  }, [data]);

  // Once the overlays are computed: MapLibre draws the bands, the area and the corridor names, and
  // the pointer finds the bands.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !overlays) return;
    layersRef.current?.update(layerInputs(data, overlays, useAppStore.getState()));
    const unbind = bindDataOverlays(map, data, overlays);
    map.once('idle', () => markDrawn('overlays'));
    return unbind;
  }, [data, overlays]);

  const lang = useAppStore((s) => s.lang);
  return <div ref={containerRef} className="map" role="region" aria-label={translate(lang, 'appTitle')} data-testid="map" />;
}
