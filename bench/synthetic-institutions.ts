import type { Institution } from '../src/domain/institution';
import { CATEGORIES } from '../src/domain/institution';
import { seededRandom } from '../tools/seeded-random';

/**
 * SYNTHETIC institutions for the benchmark only: random points in the Ruhr bounding box with
 * random clusters and categories. Never shown as real; ids and names say "synthetic".
 */
export function syntheticInstitutions(count: number, clusterIds: string[], seed = 42): Institution[] {
  const rnd = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const cluster = clusterIds[Math.floor(rnd() * clusterIds.length)]!;
    return {
      id: `synthetic-${i}`,
      name: { de: `Synthetic ${i}`, en: `Synthetic ${i}` },
      category: CATEGORIES[Math.floor(rnd() * CATEGORIES.length)]!,
      clusters: [cluster],
      ags: '05911000',
      founded: 1850 + Math.floor(rnd() * 175),
      foundedSource: { url: 'https://example.org/synthetic', text: 'synthetic benchmark data', audit: null },
      aliases: [],
      precision: 'exact',
      site: null,
      seat: false,
      ended: null,
      facts: [],
      secondSource: null,
      url: null,
      source: { url: 'https://example.org/synthetic', text: 'synthetic benchmark data', audit: null },
      description: { de: 'Synthetischer Benchmark-Punkt', en: 'Synthetic benchmark point' },
      position: [6.3 + rnd() * 1.7, 51.25 + rnd() * 0.55],
    };
  });
}
