/**
 * A planner's own points (a CSV with coordinates), held as typed arrays: a million points are a
 * few megabytes, drawn and filtered on the GPU, counted without a JavaScript object per point.
 */
export interface PointFilterColumn {
  /** The CSV column's heading. */
  name: string;
  /** The distinct values, in order of first appearance; a point's code is an index into them. */
  values: string[];
}

export interface PointSet {
  /** The file's name. */
  file: string;
  count: number;
  /** Longitude, latitude per point (WGS 84), interleaved. */
  positions: Float64Array;
  /**
   * Up to four columns of few distinct values (a category, a sector, a size class) to filter by:
   * per point one code per column, interleaved (`codes[i * columns.length + c]`).
   */
  columns: PointFilterColumn[];
  codes: Uint8Array;
  /** Index of the municipality (in the municipalities' order) each point lies in; -1 outside the RVR. */
  municipality: Int16Array;
  /**
   * A name per point when the file has a name column, else null: UTF-8 bytes of all names and each
   * name's end, so a million names cross from the worker without copying (see labelOf).
   */
  labels: PackedLabels | null;
  /** The file's line of each point (the header is line 1). */
  lines: Uint32Array;
  /** A static spatial index of `positions` (kdbush's buffer), for picking. */
  index: ArrayBuffer;
}

/** What the import understood and what it could not use. */
export interface PointImportReport {
  rows: number;
  /** E.g. "WGS 84 (Breite/Länge)" or "ETRS89 / UTM 32N (EPSG:25832)". */
  crs: string;
  /** The columns the coordinates were read from. */
  coordinateColumns: [string, string];
  labelColumn: string | null;
  outsideRegion: number;
  /** The first problems, with their line; `moreIssues` counts the rest. */
  issues: { line: number; reason: string }[];
  moreIssues: number;
}

export interface PackedLabels {
  bytes: Uint8Array;
  /** Where name i ends in `bytes` (it starts where name i - 1 ends). */
  ends: Uint32Array;
}

const utf8 = new TextDecoder();

/** Point i's name, '' without one. */
export function labelOf(points: Pick<PointSet, 'labels'>, i: number): string {
  const l = points.labels;
  if (!l || i >= l.ends.length) return '';
  return utf8.decode(l.bytes.subarray(i === 0 ? 0 : l.ends[i - 1], l.ends[i]));
}

/** Names packed for labelOf. */
export function packLabels(names: readonly string[]): PackedLabels {
  const encoder = new TextEncoder();
  const parts = names.map((n) => encoder.encode(n));
  const ends = new Uint32Array(parts.length);
  let at = 0;
  parts.forEach((p, i) => (ends[i] = at += p.length));
  const bytes = new Uint8Array(at);
  at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return { bytes, ends };
}

/**
 * How much of a set the map draws where it cannot draw it whole at once (software WebGL): the
 * shown points in and around the view, or a stable sample of them when there are more.
 */
export interface PointsDrawn {
  drawn: number;
  /** Shown points in and around the view (fewer drawn: a sample). */
  inView: number;
}
