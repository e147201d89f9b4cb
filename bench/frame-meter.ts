// Main-thread script time per frame, for the point benchmarks (layers page and its deck.gl peer).
// Every frame's work of MapLibre and deck.gl runs in requestAnimationFrame callbacks: wrapped here,
// before either library asks for a frame, their time is summed per frame. What the GPU (or the
// software renderer in Chromium's GPU process) does is not in it: this is the CPU side that bounds
// a real GPU machine (issue #29). Import this module first.
import type { Map as MapLibreMap } from 'maplibre-gl';

const perFrame = new Map<number, number>();
const original = window.requestAnimationFrame.bind(window);
window.requestAnimationFrame = (callback) =>
  original((time) => {
    const start = performance.now();
    try {
      callback(time);
    } finally {
      perFrame.set(time, (perFrame.get(time) ?? 0) + performance.now() - start);
    }
  });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? NaN;
const frame = () => new Promise<number>((r) => original(r));

export interface PanFigures {
  /** Median and 95th percentile of the main thread's script time per frame while panning. */
  scriptMs: number;
  scriptP95Ms: number;
  /** Median interval between frames (bounded here by the software renderer, on a GPU by vsync). */
  frameMs: number;
  frames: number;
}

/**
 * Pans the map by `step` px in every frame for `count` frames (right, then back), as a drag does,
 * and measures each frame's script time. The first frames warm up and are not counted.
 */
export async function panFigures(map: MapLibreMap, count = 40, step = 12): Promise<PanFigures> {
  const warm = 5;
  const stamps: number[] = [];
  for (let i = 0; i < count + warm; i++) {
    const time = await frame();
    if (i >= warm) stamps.push(time);
    map.panBy([i < (count + warm) / 2 ? step : -step, 0], { animate: false });
  }
  await frame();
  await frame();
  const scripts = stamps.map((t) => perFrame.get(t) ?? 0);
  const gaps = stamps.slice(1).map((t, i) => t - stamps[i]!);
  perFrame.clear();
  return { scriptMs: median(scripts), scriptP95Ms: p95(scripts), frameMs: median(gaps), frames: scripts.length };
}

/**
 * From a change to the first map render after it: the time, the frames it took (1 = drawn in the
 * next frame) and the main thread's script time in all: the change itself and every frame's work
 * until two frames after that render (deck.gl may finish an update in its own next frame).
 */
export async function changeFigures(map: MapLibreMap, change: () => void): Promise<{ ms: number; frames: number; scriptMs: number }> {
  await frame();
  perFrame.clear();
  const start = performance.now();
  const rendered = new Promise<void>((r) => map.once('render', () => r()));
  change();
  const changeMs = performance.now() - start;
  map.triggerRepaint();
  await rendered;
  const ms = performance.now() - start;
  const frames = perFrame.size;
  await frame();
  await frame();
  const scriptMs = changeMs + [...perFrame.values()].reduce((a, b) => a + b, 0);
  return { ms, frames, scriptMs };
}
