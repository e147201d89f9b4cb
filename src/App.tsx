import { lazy, Suspense, useEffect } from 'react';
import type { AtlasData } from './domain/atlas-data';
import { MapView } from './map/MapView';
import { SelectionPanel } from './panels/SelectionPanel';
import { useAppStore } from './store/app-store';
import { Header } from './ui/Header';
import { LayerPanel } from './ui/LayerPanel';
import { LinkNotice } from './ui/LinkNotice';
import { TalkEndedNotice } from './ui/TalkEndedNotice';
import { BasemapNotice } from './ui/BasemapNotice';
import { LazyListView } from './ui/LazyListView';
import { TimeSlider } from './ui/TimeSlider';
import { Tooltip } from './ui/Tooltip';
import { NoMapNotice } from './ui/NoMapNotice';
import { LazyListView as NoMapList } from './ui/LazyListView';
import { ServiceWorkerNotices } from './ui/ServiceWorkerNotices';
import { OverlayNotice } from './ui/OverlayNotice';
import { useOverlays } from './ui/use-overlays';

// Presentation mode is its own chunk: the first view does not load it.
const Presentation = lazy(() => import('./story/Presentation'));
// The comparison is a planner's tool, loaded when the first place is added to it.
const CompareView = lazy(() => import('./ui/CompareView').then((m) => ({ default: m.CompareView })));

/** The app shell: header, map with tooltip, side panel with the selection and the layers. */
export function App({ data }: { data: AtlasData }) {
  const lang = useAppStore((s) => s.lang);
  const mapReady = useAppStore((s) => s.mapReady);
  const listView = useAppStore((s) => s.listView);
  const presenting = useAppStore((s) => s.presenting);
  const webgl2Missing = useAppStore((s) => s.webgl2Missing);
  const hasSelection = useAppStore((s) => s.selection !== undefined);
  const comparing = useAppStore((s) => s.compare.length > 0);
  // Without a map the derived overlays (corridor members, cluster areas) load at once.
  const { overlays, error: overlayError } = useOverlays(data, mapReady || webgl2Missing);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  if (webgl2Missing) {
    // No WebGL2: the whole atlas that does not need a map. The list stands where the map would,
    // and the talk runs as cards.
    return (
      <div className={['app', 'no-map', presenting && 'presenting', hasSelection && 'has-selection'].filter(Boolean).join(' ')}>
        <Header data={data} noMap />
        <div className="main">
          <div className="no-map-body">
            <NoMapNotice />
            {presenting ? (
              <Suspense fallback={null}>
                <div className="talk-cards">
                  <Presentation data={data} overlays={overlays} />
                </div>
              </Suspense>
            ) : (
              <NoMapList data={data} />
            )}
            {!presenting && comparing && (
              <Suspense fallback={null}>
                <CompareView data={data} overlays={overlays} />
              </Suspense>
            )}
          </div>
          <aside className="side" hidden={presenting}>
            <SelectionPanel data={data} overlays={overlays} />
            <LayerPanel data={data} />
          </aside>
        </div>
      </div>
    );
  }
  return (
    // On a phone the list takes the screen: the sheet below shows only a selection (src/styles/).
    <div
      className={['app', presenting && 'presenting', listView && 'list-open', hasSelection && 'has-selection'].filter(Boolean).join(' ')}
    >
      <Header data={data} />
      <div className="main">
        {listView && <LazyListView data={data} />}
        <div className="map-wrap" hidden={listView}>
          <MapView data={data} overlays={overlays} />
          <Tooltip data={data} />
          <LinkNotice />
          {!presenting && <TalkEndedNotice />}
          <BasemapNotice />
          <OverlayNotice error={overlayError} />
          <ServiceWorkerNotices />
          {!presenting && <TimeSlider data={data} />}
          {!presenting && comparing && (
            <Suspense fallback={null}>
              <CompareView data={data} overlays={overlays} />
            </Suspense>
          )}
          {presenting && mapReady && (
            <Suspense fallback={null}>
              <Presentation data={data} overlays={overlays} />
            </Suspense>
          )}
        </div>
        <aside className="side" hidden={presenting}>
          <SelectionPanel data={data} overlays={overlays} />
          <LayerPanel data={data} />
        </aside>
      </div>
    </div>
  );
}
