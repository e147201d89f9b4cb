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
    frameTime = time;
    const start = performance.now();
    try {
      callback(time);
    } finally {
      perFrame.set(time, (perFrame.get(time) ?? 0) + performance.now() - start);
    }
  });

// Parts of each frame's script, to tell the points' own work from MapLibre's:
// - draw: the map's custom layers' render (deck.gl's layer groups in interleaved mode);
// - render: the map's 'render' listeners (deck.gl follows the camera in them);
// - map: MapLibre's whole render, which holds the draw and the 'render' listeners.
// A frame's script outside the map's render is then deck.gl's own animation loop. The camera step
// itself runs outside the frames measured; its 'move' listeners (deck.gl's too) are summed apart. MapLibre's share is not the points': its symbol placement, for one, reruns in
// every frame once frames are farther apart than its fade, as they are here at a million points.
type Part = 'draw' | 'render' | 'map';
const parts: Record<Part, Map<number, number>> = { draw: new Map(), render: new Map(), map: new Map() };
let moveMs = 0;
let frameTime = 0;
function timed<A extends unknown[], R>(part: Part, f: (...a: A) => R): (...a: A) => R {
  return (...args) => {
    const start = performance.now();
    try {
      return f(...args);
    } finally {
      parts[part].set(frameTime, (parts[part].get(frameTime) ?? 0) + performance.now() - start);
    }
  };
}
const metered = new WeakSet<object>();
function meter(map: MapLibreMap): void {
  for (const id of map.getLayersOrder()) {
    const impl = (map.getLayer(id) as unknown as { implementation?: { render?: (...a: unknown[]) => void } } | undefined)?.implementation;
    if (!impl?.render || metered.has(impl)) continue;
    metered.add(impl);
    impl.render = timed('draw', impl.render.bind(impl));
  }
  if (metered.has(map)) return;
  metered.add(map);
  const m = map as unknown as { _render: (t: number) => unknown; fire: (e: string | { type: string }) => unknown };
  m._render = timed('map', m._render.bind(m));
  const fire = m.fire.bind(m);
  const render = timed('render', fire);
  m.fire = (e) => {
    const type = typeof e === 'string' ? e : e.type;
    if (type === 'render') return render(e);
    if (type !== 'move') return fire(e);
    const start = performance.now();
    try {
      return fire(e);
    } finally {
      moveMs += performance.now() - start;
    }
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? NaN;
const frame = () => new Promise<number>((r) => original(r));

export interface PanFigures {
  /** Median and 95th percentile of the main thread's script time per frame while panning. */
  scriptMs: number;
  scriptP95Ms: number;
  /** Median script per frame of the custom layers' drawing (deck.gl). */
  drawScriptMs: number;
  /**
   * Median script per frame that is the points' own: the draw, the map's 'move' and 'render'
   * listeners (deck.gl's; at 0 points those of MapLibre's own controls) and what runs outside
   * MapLibre's render (deck.gl's animation loop).
   */
  ownScriptMs: number;
  /** Median interval between frames (bounded here by the software renderer, on a GPU by vsync). */
  frameMs: number;
  frames: number;
}

/**
 * Pans the map by `step` px in every frame for `count` frames (right, then back), as a drag does,
 * and measures each frame's script time. The first frames warm up and are not counted. `gapMs`
 * waits that long before each frame: frames as far apart as a million points' are in software
 * WebGL, without the points (to tell the renderer's share from the points').
 */
export async function panFigures(map: MapLibreMap, count = 40, step = 12, gapMs = 0): Promise<PanFigures> {
  const warm = 5;
  const stamps: number[] = [];
  const moves: number[] = [];
  meter(map);
  for (let i = 0; i < count + warm; i++) {
    if (gapMs > 0) await new Promise((r) => setTimeout(r, gapMs));
    const moved = moveMs;
    map.panBy([i < (count + warm) / 2 ? step : -step, 0], { animate: false });
    if (i >= warm) moves.push(moveMs - moved);
    // The frame that draws this step (MapLibre asked for it first, so it runs in the same frame).
    const time = await frame();
    if (i >= warm) stamps.push(time);
  }
  await frame();
  const scripts = stamps.map((t) => perFrame.get(t) ?? 0);
  const of = (part: Part, t: number) => parts[part].get(t) ?? 0;
  const draws = stamps.map((t) => of('draw', t));
  const own = stamps.map((t, i) => of('draw', t) + of('render', t) + moves[i]! + scripts[i]! - of('map', t));
  const gaps = stamps.slice(1).map((t, i) => t - stamps[i]!);
  perFrame.clear();
  for (const p of Object.values(parts)) p.clear();
  return {
    scriptMs: median(scripts),
    scriptP95Ms: p95(scripts),
    drawScriptMs: median(draws),
    ownScriptMs: median(own),
    frameMs: median(gaps),
    frames: scripts.length,
  };
}

/**
 * From a change to the first map render after it: the time, the frames it took (1 = drawn in the
 * next frame) and the main thread's script time in all: the change itself and every frame's work
 * until two frames after that render (deck.gl may finish an update in its own next frame). Of
 * that, `ownScriptMs` is the points' own: the change and, per frame, what panFigures counts so.
 */
export async function changeFigures(
  map: MapLibreMap,
  change: () => void,
): Promise<{ ms: number; frames: number; scriptMs: number; ownScriptMs: number }> {
  meter(map);
  await frame();
  perFrame.clear();
  for (const p of Object.values(parts)) p.clear();
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
  const sum = (m: Map<number, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const scriptMs = changeMs + sum(perFrame);
  const ownScriptMs = changeMs + sum(parts.draw) + sum(parts.render) + sum(perFrame) - sum(parts.map);
  return { ms, frames, scriptMs, ownScriptMs };
}
