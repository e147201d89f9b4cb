import { useEffect, useState } from 'react';
import { loadOverlays } from '../data/load-overlays';
import type { AtlasData } from '../domain/atlas-data';
import type { Overlays } from '../domain/overlays';

/**
 * The corridor bands and cluster areas, loaded once the base map has rendered (the first view
 * neither downloads nor waits for them). On failure the reason, naming the file; the base map and
 * all panels still work, only bands and areas stay off the map.
 */
export function useOverlays(data: AtlasData, mapReady: boolean): { overlays?: Overlays; error?: string } {
  const [result, setResult] = useState<{ overlays?: Overlays; error?: string }>({});
  useEffect(() => {
    if (!mapReady) return;
    let live = true;
    loadOverlays(data).then(
      (overlays) => live && setResult({ overlays }),
      (error: unknown) => live && setResult({ error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [data, mapReady]);
  return result;
}
