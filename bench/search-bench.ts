import { buildSearchIndex, type SearchEntry } from '../src/data/search-index';

const WORDS = ['Zeche', 'Klinik', 'Institut', 'Hafen', 'Campus', 'Hütte', 'Zentrum', 'Werk', 'Schule', 'Labor'];
const PLACES = ['Bochum', 'Mülheim', 'Gelsenkirchen', 'Dortmund', 'Castrop-Rauxel', 'Fröndenberg', 'Essen', 'Witten'];

/** SYNTHETIC search entries for the benchmark only: combinations of common words and places. */
function syntheticEntries(count: number): SearchEntry[] {
  return Array.from({ length: count }, (_, i) => {
    const label = `${WORDS[i % WORDS.length]} ${PLACES[Math.floor(i / WORDS.length) % PLACES.length]} ${i}`;
    return {
      key: `s:${i}`,
      kind: 'institution',
      id: `s${i}`,
      label: { de: label, en: label },
      detail: { de: 'synthetic', en: 'synthetic' },
      keywords: '',
    };
  });
}

/** Per-keystroke search time: every prefix of each query typed, median and worst over all. */
export function benchSearch(count: number): { buildMs: number; medianMs: number; maxMs: number } {
  const entries = syntheticEntries(count);
  const t0 = performance.now();
  const index = buildSearchIndex(entries);
  const buildMs = performance.now() - t0;
  const queries = ['Muelheim', 'Gelsenkirchn', 'zeche bochum', 'castrop rauxel', 'Froendenberg Hütte'];
  const times: number[] = [];
  // Two rounds; the first warms the JIT as a few minutes of use would, only the second counts.
  for (const round of [0, 1]) {
    for (const query of queries) {
      for (let n = 1; n <= query.length; n++) {
        const start = performance.now();
        index.search(query.slice(0, n));
        if (round === 1) times.push(performance.now() - start);
      }
    }
  }
  times.sort((a, b) => a - b);
  return { buildMs, medianMs: times[Math.floor(times.length / 2)]!, maxMs: times[times.length - 1]! };
}
