import { useEffect, useLayoutEffect, useRef } from 'react';
import type { AtlasData } from '../domain/atlas-data';
import type { Overlays } from '../domain/overlays';
import { translate } from '../i18n/i18n';
import { WebGL2UnavailableError } from '../platform/webgl-support';
import { useAppStore } from '../store/app-store';
import { AtlasMap } from './atlas-map';

interface Props {
  data: AtlasData;
  /** Arrives after the first render (see App); until then no corridor bands or areas show. */
  overlays?: Overlays;
}

/** The map's element. The map itself is the AtlasMap's: this component only starts and ends it. */
export function MapView({ data, overlays }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const atlasRef = useRef<AtlasMap | null>(null);

  // A layout effect: the map starts before the browser first paints the page, not after.
  useLayoutEffect(() => {
    if (!containerRef.current) return;
    let atlas: AtlasMap;
    try {
      atlas = new AtlasMap(containerRef.current, data, useAppStore);
    } catch (error) {
      // No WebGL2 context: the app switches to the message and the list (see App).
      if (error instanceof WebGL2UnavailableError) {
        useAppStore.getState().setWebgl2Missing();
        return;
      }
      throw error;
    }
    atlasRef.current = atlas;
    return () => {
      atlas.destroy();
      atlasRef.current = null;
    };
  }, [data]);

  useEffect(() => atlasRef.current?.showOverlays(overlays), [data, overlays]);

  const lang = useAppStore((s) => s.lang);
  return <div ref={containerRef} className="map" role="region" aria-label={translate(lang, 'appTitle')} data-testid="map" />;
}
