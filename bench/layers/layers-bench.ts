// Benchmark page: the app's own map and data layers with N SYNTHETIC institutions
// (?n=10000). Exposes window.bench with measurements for bench/run-bench.ts to call.
import { corridorEdgeOf } from '../../src/layers/corridor-edge';
import { visibleInstitutions } from '../../src/analysis/visible-institutions';
import { loadAtlasData } from '../../src/data/load-geodata';
import { loadOverlays } from '../../src/data/load-overlays';
import type { LayerInputs } from '../../src/layers/layer-inputs';
import { showCorridorBands } from '../../src/layers/corridor-bands';
import { createMap } from '../../src/map/create-map';
import { attachDataLayers } from '../../src/map/data-layers';
import { syntheticInstitutions } from '../synthetic-institutions';

const n = Number(new URLSearchParams(location.search).get('n') ?? 1000);
const real = await loadAtlasData();
const clusterIds = real.clusters.map((c) => c.id);
const data = { ...real, institutions: syntheticInstitutions(n, clusterIds) };
data.institutionsById = new Map(data.institutions.map((i) => [i.id, i]));
const overlays = await loadOverlays(real);
const map = createMap({ container: document.getElementById('map')!, data, attribution: 'synthetic benchmark' });
await new Promise((r) => map.once('idle', r));
// The bands are MapLibre's, as in the app: every frame below draws them too.
showCorridorBands(map, overlays.corridors, (id) => corridorEdgeOf(real.corridors, id));
await new Promise((r) => map.once('idle', r));

const inputs = (hiddenClusters: string[]): LayerInputs => ({
  data,
  overlays,
  hiddenClusters,
  hiddenCorridors: [],
  zoom: map.getZoom(),
  year: null,
  sceneLabels: [],
  lang: 'de',
  institutions: visibleInstitutions(data.institutions, { hiddenClusters, hiddenCategories: [] }),
});
const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
/** The map (and the overlay drawn with it) has rendered the change: next render event, then a frame. */
const rendered = async () => {
  await new Promise((r) => {
    map.once('render', r);
    map.triggerRepaint();
  });
  await frame();
};

const t0 = performance.now();
let resolveFirst: () => void;
const first = new Promise<void>((r) => {
  resolveFirst = r;
});
const layers = attachDataLayers(map, inputs([]), () => resolveFirst());
await first;
const layersMs = performance.now() - t0;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// Script time in frames that held the main thread over 50 ms (Long Animation Frames): the app's
// own cost of a change. The software renderer's 100–250 ms per frame run in Chromium's GPU process
// and do not count; 0 means no frame of the change held the main thread 50 ms.
interface LongFrame extends PerformanceEntry {
  scripts: { duration: number }[];
}
const longFrames: LongFrame[] = [];
new PerformanceObserver((list) => longFrames.push(...(list.getEntries() as LongFrame[]))).observe({ type: 'long-animation-frame' });
const scriptIn = ([from, to]: [number, number]) =>
  longFrames
    .filter((e) => e.startTime >= from - 1 && e.startTime < to)
    .reduce((sum, e) => sum + e.scripts.reduce((s, x) => s + x.duration, 0), 0);

/**
 * A layer change to its next drawn frame, and the same wait without a change (a repaint),
 * alternated so that drift of the shared machine hits both alike; and for each, the script time on
 * the main thread until that frame.
 */
async function toggleAndRepaint() {
  const toggles: [number, number][] = [];
  const repaints: [number, number][] = [];
  // Each measurement starts in a task of its own, not inside the previous frame's callbacks, so
  // the long frame that follows begins after it.
  const task = () => new Promise((r) => setTimeout(r, 0));
  for (let i = 0; i < 10; i++) {
    await task();
    let start = performance.now();
    await rendered();
    repaints.push([start, performance.now()]);
    await task();
    start = performance.now();
    layers.update(inputs(i % 2 === 0 ? [clusterIds[0]!] : []));
    await rendered();
    toggles.push([start, performance.now()]);
  }
  await frame();
  const span = ([from, to]: [number, number]) => to - from;
  return {
    toggleMs: median(toggles.map(span)),
    repaintMs: median(repaints.map(span)),
    toggleScriptMs: median(toggles.map(scriptIn)),
    repaintScriptMs: median(repaints.map(scriptIn)),
  };
}

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

/** Picking where the points are icons: from zoom 12 on all of them are (no density grid). */
async function iconPickMs(): Promise<number> {
  map.jumpTo({ center: [7.22, 51.48], zoom: 12.5 });
  layers.update(inputs([]));
  await rendered();
  await rendered();
  return pickMs();
}

async function frameMs(): Promise<number> {
  const stamps: number[] = [];
  const onRender = () => stamps.push(performance.now());
  map.on('render', onRender);
  map.easeTo({ center: [7.3, 51.5], zoom: 10, duration: 1500 });
  await new Promise((r) => map.once('moveend', r));
  map.off('render', onRender);
  const gaps = stamps.slice(1).map((t, i) => t - stamps[i]!);
  return median(gaps);
}

(window as unknown as { bench: unknown }).bench = {
  n,
  layersMs,
  run: async () => ({ ...(await toggleAndRepaint()), pickMs: pickMs(), frameMs: await frameMs(), iconPickMs: await iconPickMs() }),
};
document.body.dataset.benchReady = 'true';
