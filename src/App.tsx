import { useEffect } from 'react';
import type { BaseGeodata } from './domain/municipality';
import { MapView } from './map/MapView';
import { MunicipalityPanel } from './panels/MunicipalityPanel';
import { useAppStore } from './store/app-store';
import { Header } from './ui/Header';
import { LinkNotice } from './ui/LinkNotice';
import { Tooltip } from './ui/Tooltip';

/** The app shell: header, map with tooltip, side panel. */
export function App({ data }: { data: BaseGeodata }) {
  const lang = useAppStore((s) => s.lang);
  useEffect(() => { document.documentElement.lang = lang; }, [lang]);
  return (
    <div className="app">
      <Header />
      <div className="main">
        <div className="map-wrap">
          <MapView data={data} />
          <Tooltip data={data} />
          <LinkNotice />
        </div>
        <aside className="side">
          <MunicipalityPanel data={data} />
        </aside>
      </div>
    </div>
  );
}
