import KDBush from 'kdbush';
import type { Institution } from '../src/domain/institution';
import type { PointSet } from '../src/domain/point-set';

/**
 * The benchmark's SYNTHETIC institutions as a point set, as the import would build it from a CSV
 * with columns Kategorie and Cluster: the same points the deck.gl peer draws from the objects.
 * Municipalities are not looked up (-1): the layers do not use them.
 */
export function syntheticPointSet(institutions: readonly Institution[]): PointSet {
  const count = institutions.length;
  const categories = new Map<string, number>();
  const clusters = new Map<string, number>();
  const code = (m: Map<string, number>, v: string) => m.get(v) ?? (m.set(v, m.size), m.size - 1);
  const positions = new Float64Array(count * 2);
  const codes = new Uint8Array(count * 2);
  const index = new KDBush(count, 64, Float64Array);
  institutions.forEach((inst, i) => {
    positions[2 * i] = inst.position[0];
    positions[2 * i + 1] = inst.position[1];
    codes[2 * i] = code(categories, inst.category);
    codes[2 * i + 1] = code(clusters, inst.clusters[0]!);
    index.add(inst.position[0], inst.position[1]);
  });
  index.finish();
  return {
    file: `synthetic-${count}.csv`,
    count,
    positions,
    columns: [
      { name: 'Kategorie', values: [...categories.keys()] },
      { name: 'Cluster', values: [...clusters.keys()] },
    ],
    codes,
    municipality: new Int16Array(count).fill(-1),
    labels: null,
    lines: Uint32Array.from({ length: count }, (_, i) => i + 2),
    index: index.data as ArrayBuffer,
  };
}
