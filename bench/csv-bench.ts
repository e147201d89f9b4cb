import { choroplethClasses } from '../src/analysis/choropleth-classes';
import { indicatorValues } from '../src/analysis/indicators';
import { importCsv } from '../src/data/csv/import-csv';
import { loadAtlasDataFromDisk } from './load-data-from-disk';
import { normalizeText } from '../src/lib/normalize-text';

/**
 * SYNTHETIC German CSV for the benchmark only: `rows` lines of AGS;value;value with decimal
 * commas; all but the first 53 rows are duplicates of a key, as in a long statistics table.
 */
function syntheticCsv(agsList: string[], rows: number): Uint8Array {
  const lines = ['AGS;Testwert A;Testwert B'];
  for (let i = 0; i < rows; i++) lines.push(`${agsList[i % agsList.length]};${(i % 997) * 1.5},25;${i % 13}`);
  return new TextEncoder().encode(lines.join('\n'));
}

export function benchCsv(rows: number): { mb: number; parseJoinMs: number; recolourMs: number } {
  const data = loadAtlasDataFromDisk();
  const keys = { ags: new Set(data.byAgs.keys()), byName: new Map([...data.byAgs.values()].map((m) => [normalizeText(m.name), m.ags])) };
  const bytes = syntheticCsv([...data.byAgs.keys()], rows);
  const t0 = performance.now();
  const result = importCsv(bytes, keys);
  const parseJoinMs = performance.now() - t0;
  const times: number[] = [];
  for (const scheme of ['quantile', 'equal', 'jenks', 'quantile', 'equal', 'jenks'] as const) {
    const t1 = performance.now();
    choroplethClasses(indicatorValues('user:0', data, result.columns), scheme);
    choroplethClasses(indicatorValues('lq:health', data), scheme);
    times.push((performance.now() - t1) / 2);
  }
  return { mb: bytes.length / 1e6, parseJoinMs, recolourMs: times.sort((a, b) => a - b)[3]! };
}
