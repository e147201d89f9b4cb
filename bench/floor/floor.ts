// The floor of the benchmark: the least a page can do to show the same 53 municipalities with
// MapLibre (fill + outline, fitted to the region). No app can render its first map faster.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import municipalitiesUrl from '../../geodata/ruhr-municipalities.geojson?url';

maplibregl.setWorkerUrl(workerUrl);

const data = await (await fetch(municipalitiesUrl)).json();
const map = new maplibregl.Map({
  container: 'map',
  bounds: [6.25, 51.25, 8.0, 51.86],
  style: {
    version: 8,
    sources: { m: { type: 'geojson', data } },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#e7e4dc' } },
      { id: 'fill', type: 'fill', source: 'm', paint: { 'fill-color': '#faf8f3' } },
      { id: 'line', type: 'line', source: 'm', paint: { 'line-color': '#8f8676' } },
    ],
  },
});
map.once('idle', () => {
  performance.mark('map-idle');
  document.body.dataset.mapIdle = 'true';
});
