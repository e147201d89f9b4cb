// Benchmark page: the app's own map and data layers with N SYNTHETIC points as a planner's own
// point set (?n=10000). Exposes window.bench for bench/points-bench.ts (and the GPU bench) to call.
import '../frame-meter';
import { corridorEdgeOf } from '../../src/layers/corridor-edge';
import { visibleInstitutions } from '../../src/analysis/visible-institutions';
import type { HiddenPointValues } from '../../src/analysis/point-counts';
import { loadAtlasData } from '../../src/data/load-geodata';
import { loadOverlays } from '../../src/data/load-overlays';
import type { LayerInputs } from '../../src/layers/layer-inputs';
import { showCorridorBands } from '../../src/layers/corridor-bands';
import { createMap } from '../../src/map/create-map';
import { attachDataLayers } from '../../src/map/data-layers';
import { syntheticInstitutions } from '../synthetic-institutions';
import { syntheticPointSet } from '../synthetic-point-set';
import { changeFigures, panFigures } from '../frame-meter';
import { changes, frames, gap, n } from '../page-params';

const data = await loadAtlasData();
const clusterIds = data.clusters.map((c) => c.id);
const points = syntheticPointSet(syntheticInstitutions(n, clusterIds));
const overlays = await loadOverlays(data);
const map = createMap({ container: document.getElementById('map')!, data, attribution: 'synthetic benchmark' });
await new Promise((r) => map.once('idle', r));
// The bands are MapLibre's, as in the app: every frame below draws them too.
showCorridorBands(map, overlays.corridors, (id) => corridorEdgeOf(data.corridors, id));
await new Promise((r) => map.once('idle', r));

const institutions = visibleInstitutions(data.institutions, { hiddenClusters: [], hiddenCategories: [] });
const inputs = (hiddenPointValues: HiddenPointValues): LayerInputs => ({
  data,
  overlays,
  hiddenClusters: [],
  hiddenCorridors: [],
  year: null,
  sceneLabels: [],
  lang: 'de',
  institutions,
  points: n === 0 ? null : points,
  hiddenPointValues,
  // The GPU path, every point drawn, even here in software WebGL: what a GPU machine's CPU does.
  drawAllPoints: true,
});

const t0 = performance.now();
const layers = attachDataLayers(map, inputs([[], []]), () => undefined);
// Drawn: the map's own signal once the points' layer is on it (map/point-overlay.ts).
await new Promise<void>((resolve) => {
  // n = 0: the map without points, the floor of the per-frame figures.
  const check = () => (n === 0 || map.getContainer().dataset.ownPoints === String(n) ? resolve() : setTimeout(check, 5));
  check();
});
const layersMs = performance.now() - t0;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function pickMs(): number {
  const canvas = map.getCanvas();
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const x = (canvas.clientWidth * (i + 1)) / 17;
    const start = performance.now();
    layers.targetAt(x, canvas.clientHeight / 2);
    times.push(performance.now() - start);
  }
  return median(times);
}

async function pointFigures() {
  const pan = await panFigures(map, frames, 12, gap);
  const toggle = [];
  const hide = [];
  // A category off and on again; then cluster 0 (the second filter column) off and on.
  for (let i = 0; i < changes; i++) toggle.push(await changeFigures(map, () => layers.update(inputs(i % 2 === 0 ? [[0], []] : [[], []]))));
  for (let i = 0; i < changes; i++) hide.push(await changeFigures(map, () => layers.update(inputs(i % 2 === 0 ? [[], [0]] : [[], []]))));
  return { pan, toggle, hide, pickMs: pickMs() };
}

/** The figures under the names the GPU bench kit (../shared/gpu-bench/bench.py) reads. */
async function kitFigures() {
  const { pan, toggle, hide, pickMs: pick } = await pointFigures();
  const repaint = [];
  for (let i = 0; i < changes; i++) repaint.push(await changeFigures(map, () => undefined));
  const med = (xs: { ms: number; scriptMs: number }[], k: 'ms' | 'scriptMs') => median(xs.map((x) => x[k]));
  map.jumpTo({ center: [7.22, 51.48], zoom: 12.5 });
  await changeFigures(map, () => undefined);
  return {
    toggleMs: med(toggle, 'ms'),
    toggleScriptMs: med(toggle, 'scriptMs'),
    hideClusterMs: med(hide, 'ms'),
    hideClusterScriptMs: med(hide, 'scriptMs'),
    repaintMs: med(repaint, 'ms'),
    repaintScriptMs: med(repaint, 'scriptMs'),
    pickMs: pick,
    iconPickMs: pickMs(),
    frameMs: pan.frameMs,
    panScriptMs: pan.scriptMs,
  };
}

// Kept one key per line, starting with n: the GPU kit's make-bundle.sh adds its keys after it.
(window as unknown as { bench: unknown }).bench = {
  n,
  layersMs,
  map,
  layers,
  points: pointFigures,
  run: kitFigures,
};
document.body.dataset.benchReady = 'true';
