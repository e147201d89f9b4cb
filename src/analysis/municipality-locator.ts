import Flatbush from 'flatbush';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MunicipalityCollection } from '../domain/municipality';
import bbox from '@turf/bbox';

/**
 * The municipality each point lies in: the polygons' bounding boxes in a static R-tree (flatbush),
 * so a point is tested against the one or two polygons whose box holds it, not all 53; the test
 * itself is turf's. -1: in no municipality of the RVR. A million points take about a second, in
 * the import's worker.
 */
export function locateInMunicipalities(
  municipalities: MunicipalityCollection,
  positions: Float64Array,
  onProgress?: (share: number) => void,
): Int16Array {
  const features = municipalities.features;
  const tree = new Flatbush(features.length);
  for (const f of features) {
    const [w, s, e, n] = bbox(f);
    tree.add(w, s, e, n);
  }
  tree.finish();
  const count = positions.length / 2;
  const out = new Int16Array(count).fill(-1);
  const point: [number, number] = [0, 0];
  for (let i = 0; i < count; i++) {
    point[0] = positions[2 * i]!;
    point[1] = positions[2 * i + 1]!;
    for (const k of tree.search(point[0], point[1], point[0], point[1])) {
      if (booleanPointInPolygon(point, features[k]!, { ignoreBoundary: false })) {
        out[i] = k;
        break;
      }
    }
    if (onProgress && i % 50_000 === 49_999) onProgress(i / count);
  }
  return out;
}
