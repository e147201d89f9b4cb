import { choroplethClasses } from '../src/analysis/choropleth-classes';
import { indicatorValues } from '../src/analysis/indicators';
import { importCsv } from '../src/data/csv/import-csv';
import { loadAtlasDataFromDisk } from '../tools/load-data-from-disk';
import { normalizeText } from '../src/data/normalize-text';
import { syntheticNationwideCsv } from '../tools/synthetic-csv';

export function benchCsv(megabytes: number): { mb: number; rows: number; parseJoinMs: number; recolourMs: number; issues: number } {
  const data = loadAtlasDataFromDisk();
  const keys = { ags: new Set(data.byAgs.keys()), byName: new Map([...data.byAgs.values()].map((m) => [normalizeText(m.name), m.ags])) };
  const bytes = syntheticNationwideCsv([...data.byAgs.keys()], megabytes * 1e6);
  let rows = 0;
  for (const b of bytes) if (b === 10) rows++;
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
  return {
    mb: bytes.length / 1e6,
    rows,
    issues: result.issues.length + result.moreIssues,
    parseJoinMs,
    recolourMs: times.sort((a, b) => a - b)[3]!,
  };
}
