import { ScatterplotLayer } from '@deck.gl/layers';
import { DataFilterExtension } from '@deck.gl/extensions';
import type { HiddenPointValues } from '../analysis/point-counts';
import type { PointSet } from '../domain/point-set';
import { valueColours } from './point-colours';
import { LAYER as BASE_LAYER } from './base-style';

/**
 * The GPU attributes of a point set, built once per set: positions, colours by the first filter
 * column, the filter codes. The same `data` object for every layer of the set, so deck.gl sees no
 * data change when only a filter does.
 */
export interface PointAttributes {
  points: PointSet;
  /** The points drawn, by index into the set, when only a sample is (null: all of them). */
  ids: Uint32Array | null;
  data: { length: number; attributes: Record<string, { value: ArrayBufferView; size: number; normalized?: boolean }> };
}

/** The attributes of all points of a set, or of those in `ids`. */
export function pointAttributes(points: PointSet, ids: Uint32Array | null = null): PointAttributes {
  const k = points.columns.length;
  const palette = valueColours(points.columns[0]?.values ?? ['']);
  const length = ids ? ids.length : points.count;
  const positions = ids ? new Float64Array(length * 2) : points.positions;
  const codes = ids && k ? new Uint8Array(length * k) : points.codes;
  const colours = new Uint8Array(length * 4);
  for (let n = 0; n < length; n++) {
    const i = ids ? ids[n]! : n;
    if (ids) {
      positions[2 * n] = points.positions[2 * i]!;
      positions[2 * n + 1] = points.positions[2 * i + 1]!;
      for (let j = 0; j < k; j++) codes[n * k + j] = points.codes[i * k + j]!;
    }
    const [r, g, b] = palette[k ? points.codes[i * k]! : 0]!;
    colours.set([r, g, b, 170], n * 4);
  }
  return {
    points,
    ids,
    data: {
      length,
      attributes: {
        getPosition: { value: positions, size: 2 },
        getFillColor: { value: colours, size: 4, normalized: true },
        // Without a filter column, every point has code 0 in a column of its own.
        getFilterCategory: { value: k ? codes : new Uint8Array(length), size: Math.max(1, k) },
      },
    },
  };
}

/** Shared by every layer built for a set, so deck.gl keeps its state (and the GPU's buffers). */
const filters = new Map<number, DataFilterExtension>();
const filterFor = (columns: number) => {
  const size = Math.max(1, columns) as 1 | 2 | 3 | 4;
  let f = filters.get(size);
  if (!f) filters.set(size, (f = new DataFilterExtension({ categorySize: size, filterSize: 0 })));
  return f;
};

/**
 * The points as one deck.gl ScatterplotLayer over binary attributes: the data go to the GPU once
 * per set; the filters are the DataFilterExtension's category bitmask, a uniform, so switching a
 * value off rebuilds nothing. Sized in metres on the ground, clamped to 1–6 px: a dot at region
 * scale, where a million of them read as density, a disc zoomed in. Drawn under the towns' names.
 */
export function pointSetLayer(attributes: PointAttributes, hidden: HiddenPointValues) {
  const { points, data } = attributes;
  const k = points.columns.length;
  const shown = k
    ? points.columns.map((c, j) => c.values.map((_, code) => code).filter((code) => !(hidden[j] ?? []).includes(code)))
    : [[0]];
  return new ScatterplotLayer({
    id: 'own-points',
    beforeId: BASE_LAYER.labels,
    data,
    radiusUnits: 'meters',
    getRadius: 30,
    radiusMinPixels: 1,
    radiusMaxPixels: 6,
    stroked: false,
    antialiasing: true,
    pickable: false,
    extensions: [filterFor(k)],
    filterCategories: (k === 1 ? shown[0] : shown) as number[],
  } as never);
}

/** The hovered point, drawn again with a ring: one point, rebuilt as the pointer moves. */
export function pointHighlightLayer(position: [number, number] | null) {
  return new ScatterplotLayer<[number, number]>({
    id: 'own-points-highlight',
    beforeId: BASE_LAYER.labels,
    data: position ? [position] : [],
    getPosition: (d: [number, number]) => d,
    radiusUnits: 'pixels',
    getRadius: 7,
    filled: false,
    stroked: true,
    lineWidthUnits: 'pixels',
    getLineWidth: 2.5,
    getLineColor: [30, 30, 30, 255],
  } as never);
}
