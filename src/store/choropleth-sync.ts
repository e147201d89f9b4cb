import { choroplethRequest, type ChoroplethRequest } from '../analysis/choropleth-of';
import type { AtlasData } from '../domain/atlas-data';
import { useAppStore, type AppState } from './app-store';

const INPUTS = ['indicator', 'scheme', 'level', 'imported', 'userAggregation'] as const satisfies readonly (keyof AppState)[];

/**
 * Keeps `choropleth` in step with the choice: computed once per change, for every reader. The
 * classification and its colour schemes are a chunk of their own, loaded with the first indicator.
 */
export function startChoroplethSync(data: AtlasData): () => void {
  let latest: ChoroplethRequest | undefined;
  const derive = (s: AppState) => {
    const request = s.indicator ? choroplethRequest(s) : undefined;
    latest = request;
    if (!request) {
      s.setChoroplethClasses(null);
      return;
    }
    void import('../analysis/choropleth-map').then(({ choroplethOf }) => {
      // A later choice made while the chunk loaded wins.
      if (latest === request) useAppStore.getState().setChoroplethClasses(choroplethOf(data, request));
    });
  };
  if (useAppStore.getState().indicator) derive(useAppStore.getState());
  return useAppStore.subscribe((s, prev) => {
    if (INPUTS.some((k) => s[k] !== prev[k])) derive(s);
  });
}
