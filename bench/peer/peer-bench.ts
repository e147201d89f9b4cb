// The peer of the app's layers bench page: the same N SYNTHETIC points (same generator and seed)
// drawn the plain deck.gl way, one ScatterplotLayer through MapLibreOverlay, interleaved, on the
// app's own base map and first camera. What no point layer of ours should be much slower than.
import '../frame-meter';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { ScatterplotLayer } from '@deck.gl/layers';
import type { Institution } from '../../src/domain/institution';
import { CATEGORIES } from '../../src/domain/institution';
import { loadAtlasData } from '../../src/data/load-geodata';
import { createMap } from '../../src/map/create-map';
import { changeFigures, panFigures } from '../frame-meter';
import { changes, frames, gap, n } from '../page-params';
import { syntheticInstitutions } from '../synthetic-institutions';

type Rgba = [number, number, number, number];
const COLOURS: Rgba[] = CATEGORIES.map((_, i) => [(i * 67) % 256, (i * 131 + 80) % 256, (i * 199 + 40) % 256, 255]);

const data = await loadAtlasData();
const clusterIds = data.clusters.map((c) => c.id);
const all = syntheticInstitutions(n, clusterIds);
const withoutFirst = all.filter((i) => i.clusters[0] !== clusterIds[0]);
const map = createMap({ container: document.getElementById('map')!, data, attribution: 'synthetic benchmark' });
await new Promise((r) => map.once('idle', r));

const layer = (points: Institution[], visible = true) =>
  new ScatterplotLayer<Institution>({
    id: 'points',
    data: points,
    visible,
    getPosition: (d) => d.position,
    getFillColor: (d) => COLOURS[CATEGORIES.indexOf(d.category)]!,
    radiusUnits: 'pixels',
    getRadius: 4,
    stroked: true,
    getLineColor: [255, 255, 255, 255],
    lineWidthUnits: 'pixels',
    getLineWidth: 1,
    pickable: true,
  });

const t0 = performance.now();
const overlay = new MapLibreOverlay({ interleaved: true, layers: [layer(all)] });
map.addControl(overlay);
await new Promise((r) => map.once('idle', r));
const layersMs = performance.now() - t0;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

(window as unknown as { bench: unknown }).bench = {
  n,
  layersMs,
  run: async () => {
    const pan = await panFigures(map, frames, 12, gap);
    const toggles = [];
    const hides = [];
    for (let i = 0; i < changes; i++) {
      toggles.push(await changeFigures(map, () => overlay.setProps({ layers: [layer(all, i % 2 === 1)] })));
    }
    overlay.setProps({ layers: [layer(all)] });
    for (let i = 0; i < changes; i++) {
      hides.push(await changeFigures(map, () => overlay.setProps({ layers: [layer(i % 2 === 0 ? withoutFirst : all)] })));
    }
    const picks: number[] = [];
    const canvas = map.getCanvas();
    for (let i = 0; i < 9; i++) {
      const start = performance.now();
      overlay.pickObject({ x: (canvas.clientWidth * (i + 1)) / 11, y: canvas.clientHeight / 2, radius: 4 });
      picks.push(performance.now() - start);
    }
    return { pan, toggle: toggles, hide: hides, pickMs: median(picks) };
  },
};
document.body.dataset.benchReady = 'true';
