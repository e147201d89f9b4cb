import '@fontsource/source-sans-3/400.css';
import '@fontsource/source-sans-3/600.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { GeodataError } from './data/geodata-error';
import { loadAtlasData } from './data/load-geodata';
import { CATEGORIES } from './domain/institution';
import { translate } from './lib/i18n';
import { hasWebGL2 } from './lib/webgl-support';
import { startUrlSync } from './store/url-sync';
import { FatalMessage } from './ui/FatalMessage';
import './styles.css';

const root = createRoot(document.getElementById('root')!);

function showNoWebGL() {
  root.render(
    <FatalMessage
      titleDe={translate('de', 'noWebgl2Title')} textDe={translate('de', 'noWebgl2Text')}
      titleEn={translate('en', 'noWebgl2Title')} textEn={translate('en', 'noWebgl2Text')}
    />,
  );
}

function showLoadError(error: unknown) {
  const detail = error instanceof GeodataError ? error.message : String(error);
  root.render(
    <FatalMessage
      titleDe={translate('de', 'loadErrorTitle')} textDe={detail}
      titleEn={translate('en', 'loadErrorTitle')} textEn={detail}
      action={{ label: `${translate('de', 'loadErrorRetry')} / ${translate('en', 'loadErrorRetry')}`, onClick: () => window.location.reload() }}
    />,
  );
}

async function start() {
  if (!hasWebGL2()) {
    showNoWebGL();
    return;
  }
  performance.mark('app-start');
  const data = await loadAtlasData();
  performance.mark('geodata-loaded');
  startUrlSync({
    municipality: new Set(data.byAgs.keys()),
    institution: new Set(data.institutionsById.keys()),
    corridor: new Set(data.corridors.map((c) => c.id)),
    cluster: new Set(data.clustersById.keys()),
    category: new Set(CATEGORIES),
  });
  root.render(
    <StrictMode>
      <App data={data} />
    </StrictMode>,
  );
}

start().catch(showLoadError);
