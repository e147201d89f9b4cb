import '@fontsource/source-sans-3/400.css';
import '@fontsource/source-sans-3/600.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { GeodataError } from './data/geodata-error';
import { indicatorsOf } from './analysis/indicators';
import { kreiseOf } from './analysis/kreise';
import { loadAtlasData } from './data/load-geodata';
import { prewarmMap } from './map/create-map';
import { CATEGORIES } from './domain/institution';
import { translate } from './i18n/i18n';
import { hasWebGL2Api } from './platform/webgl-support';
import { useAppStore } from './store/app-store';
import { startUrlSync } from './store/url-sync';
import { startChoroplethSync } from './store/choropleth-sync';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { FatalMessage } from './ui/FatalMessage';
import { NoWebGLView } from './ui/NoWebGLView';
import './styles/index.css';

const root = createRoot(document.getElementById('root')!);

function showLoadError(error: unknown) {
  const detail = error instanceof GeodataError ? error.message : String(error);
  root.render(
    <FatalMessage
      titleDe={translate('de', 'loadErrorTitle')}
      textDe={detail}
      titleEn={translate('en', 'loadErrorTitle')}
      textEn={detail}
      action={{
        label: `${translate('de', 'loadErrorRetry')} / ${translate('en', 'loadErrorRetry')}`,
        onClick: () => window.location.reload(),
      }}
    />,
  );
}

async function start() {
  // Without WebGL2 there is no map, but everything else of the atlas works (App). A context that
  // cannot be created although the API exists is found by the map itself.
  const withMap = hasWebGL2Api();
  if (!withMap) {
    root.render(<NoWebGLView />);
    useAppStore.getState().setWebgl2Missing();
  }
  performance.mark('app-start');
  if (withMap) prewarmMap();
  const data = await loadAtlasData();
  performance.mark('geodata-loaded');
  // A task of its own for the page and the map: parsing and checking the data, then building the
  // page and the map in one go held the main thread for 500 ms in Lighthouse's trace, and input
  // waits for the whole of such a task.
  await new Promise((resolve) => setTimeout(resolve, 0));
  startUrlSync({
    municipality: new Set(data.byAgs.keys()),
    kreis: new Set(kreiseOf(data.byAgs).keys()),
    institution: new Set(data.institutionsById.keys()),
    corridor: new Set(data.corridors.map((c) => c.id)),
    cluster: new Set(data.clustersById.keys()),
    category: new Set(CATEGORIES),
    indicator: new Set(indicatorsOf(data).map((i) => i.id)),
  });
  startChoroplethSync(data);
  if (useAppStore.getState().presenterView) {
    const { default: PresenterView } = await import('./story/PresenterView');
    root.render(
      <StrictMode>
        <PresenterView data={data} />
      </StrictMode>,
    );
    return;
  }
  root.render(
    <StrictMode>
      <ErrorBoundary>
        <App data={data} />
      </ErrorBoundary>
    </StrictMode>,
  );
}

start().catch(showLoadError);
