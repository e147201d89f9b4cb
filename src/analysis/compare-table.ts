import type { AtlasData } from '../domain/atlas-data';
import { areasOf } from './indicators';
import { specialization } from './specialization';

export interface CompareColumn {
  ags: string;
  name: string;
  population: number;
  areaKm2: number;
  density: number;
  institutions: number;
  clusters: { id: string; cases: number; per100k: number; lq: number | null; uncertain: boolean; rank: number | null; ranked: number }[];
}

/** Per cluster: how concentrated it is in the region (Hoover index against population). */
export function clusterConcentration(data: AtlasData): Record<string, number | null> {
  return specialization(areasOf(data), data.institutions, data.clusters.map((c) => c.id)).hoover;
}

/** The figures of the compared municipalities, in the order given. */
export function compareColumns(data: AtlasData, agsList: readonly string[]): CompareColumn[] {
  const spec = specialization(areasOf(data), data.institutions, data.clusters.map((c) => c.id));
  return agsList.flatMap((ags) => {
    const p = spec.profiles.get(ags);
    const m = data.byAgs.get(ags);
    if (!p || !m) return [];
    return [{
      ags, name: m.name, population: p.population, areaKm2: p.areaKm2, density: p.population / p.areaKm2, institutions: p.institutions,
      clusters: data.clusters.map((c) => {
        const order = spec.ranking[c.id] ?? [];
        const at = order.indexOf(ags);
        return { id: c.id, ...p.clusters[c.id]!, rank: at === -1 ? null : at + 1, ranked: order.length };
      }),
    }];
  });
}

/** A number as text for a CSV: German (1234,5) or international (1234.5), no thousands separator. */
function num(value: number | null, digits: number, german: boolean): string {
  if (value === null) return '';
  const s = value.toFixed(digits);
  return german ? s.replace('.', ',') : s;
}

/**
 * The comparison as CSV rows (one row per figure, one column per municipality). German format:
 * semicolon and decimal comma, as German spreadsheets expect; international: comma and point.
 */
export function compareRows(data: AtlasData, columns: CompareColumn[], german: boolean): string[][] {
  const head = [german ? 'Kennzahl' : 'Indicator', ...columns.map((c) => `${c.name} (${c.ags})`)];
  const rows: string[][] = [
    head,
    [german ? 'Einwohner (Zensus 2022)' : 'Population (2022 census)', ...columns.map((c) => String(c.population))],
    [german ? 'Fläche km²' : 'Area km²', ...columns.map((c) => num(c.areaKm2, 2, german))],
    [german ? 'Einwohner je km²' : 'Inhabitants per km²', ...columns.map((c) => num(c.density, 0, german))],
    [german ? 'Einrichtungen' : 'Institutions', ...columns.map((c) => String(c.institutions))],
  ];
  for (const cluster of data.clusters) {
    const name = german ? cluster.name_de : cluster.name_en;
    const cell = (c: CompareColumn) => c.clusters.find((x) => x.id === cluster.id)!;
    rows.push([`${name}: ${german ? 'Einrichtungen' : 'institutions'}`, ...columns.map((c) => String(cell(c).cases))]);
    rows.push([`${name}: ${german ? 'je 100.000 Ew.' : 'per 100,000 inh.'}`, ...columns.map((c) => num(cell(c).per100k, 2, german))]);
    rows.push([`${name}: LQ`, ...columns.map((c) => num(cell(c).lq, 2, german) + (cell(c).uncertain && cell(c).lq !== null ? (german ? ' (unsicher)' : ' (uncertain)') : ''))]);
  }
  return rows;
}
