import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import type { BaseGeodata } from '../domain/municipality';
import { translate } from '../lib/i18n';
import { useAppStore } from '../store/app-store';
import { createMap } from './create-map';
import { bindMunicipalityInteractions, showSelection } from './municipality-interactions';
import { setOnlineBasemap } from './online-basemap';

interface Props {
  data: BaseGeodata;
}

/** The map canvas. Owns the MapLibre instance and mirrors the store into it. */
export function MapView({ data }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const store = useAppStore.getState();
    performance.mark('map-create');
    const map = createMap({
      container,
      data,
      initialView: store.view,
      attribution: translate(store.lang, 'geodataSource'),
    });
    mapRef.current = map;
    const unbind = bindMunicipalityInteractions(map, {
      onHover: (hover) => useAppStore.getState().setHover(hover),
      onSelect: (ags) => useAppStore.getState().select(ags),
    });
    const publishView = () => {
      const c = map.getCenter();
      useAppStore.getState().setView({ lon: c.lng, lat: c.lat, zoom: map.getZoom() });
    };
    map.on('moveend', publishView);
    map.once('load', () => {
      performance.mark('map-load');
      showSelection(map, undefined, useAppStore.getState().selectedAgs);
      setOnlineBasemap(map, useAppStore.getState().onlineBasemap);
      container.dataset.mapReady = 'true';
    });
    map.once('idle', () => {
      // Read by the benchmark and the e2e tests: the first complete render.
      performance.mark('map-idle');
      container.dataset.mapIdle = 'true';
      // deck.gl is only needed for the data layers: fetch it after the first complete render.
      void import('./deck-overlay').then(({ attachDeckOverlay }) => attachDeckOverlay(map, {}));
    });
    const unsubscribe = useAppStore.subscribe((s, prev) => {
      if (!map.loaded() && !map.isStyleLoaded()) return;
      if (s.selectedAgs !== prev.selectedAgs) showSelection(map, prev.selectedAgs, s.selectedAgs);
      if (s.onlineBasemap !== prev.onlineBasemap) setOnlineBasemap(map, s.onlineBasemap);
    });
    return () => {
      unsubscribe();
      unbind();
      map.remove();
      mapRef.current = null;
    };
  }, [data]);

  const lang = useAppStore((s) => s.lang);
  return <div ref={containerRef} className="map" role="region" aria-label={translate(lang, 'appTitle')} data-testid="map" />;
}
