import type { AtlasData } from '../domain/atlas-data';
import type { Institution } from '../domain/institution';
import { compareColumns, csvNumber, type CompareColumn } from './compare-table';
import { kreiseOf } from './kreise';

export type TableLevel = 'municipality' | 'kreis';

/** A sortable column of the region table: a figure of the unit, or one cluster's LQ. */
export type SortKey = 'name' | 'population' | 'areaKm2' | 'density' | 'institutions' | `lq:${string}`;

export interface Sort {
  key: SortKey;
  descending: boolean;
}

/**
 * All units of a level with their figures: the 53 municipalities, or the 15 Kreise and
 * kreisfreie Städte. The same figures as the comparison cards, so table and cards agree.
 */
export function regionTable(data: AtlasData, level: TableLevel): CompareColumn[] {
  const ids = level === 'municipality'
    ? [...data.byAgs.keys()]
    : [...data.byAgs.values()].filter((m) => m.kreisfrei).map((m) => m.ags).concat([...kreiseOf(data.byAgs).keys()]);
  return compareColumns(data, ids);
}

const lqOf = (row: CompareColumn, cluster: string) => row.clusters.find((c) => c.id === cluster)?.lq ?? null;

/** Sorted by one column; rows without a value (no LQ) go last either way, names break ties. */
export function sortRegionTable(rows: readonly CompareColumn[], sort: Sort): CompareColumn[] {
  const value = (row: CompareColumn): number | string | null =>
    sort.key === 'name' ? row.name : sort.key.startsWith('lq:') ? lqOf(row, sort.key.slice(3)) : row[sort.key as 'population' | 'areaKm2' | 'density' | 'institutions'];
  const sign = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null) return va === vb ? a.name.localeCompare(b.name, 'de') : va === null ? 1 : -1;
    const order = typeof va === 'string' ? va.localeCompare(vb as string, 'de') : va - (vb as number);
    return order !== 0 ? sign * order : a.name.localeCompare(b.name, 'de');
  });
}

/** The region table as CSV rows, one row per unit, ready for a spreadsheet or a GIS join on the key. */
export function regionTableCsv(data: AtlasData, rows: readonly CompareColumn[], german: boolean): string[][] {
  const head = german
    ? ['Schlüssel', 'Name', 'Ebene', 'Einwohner (Zensus 2022)', 'Fläche km²', 'Einwohner je km²', 'Einrichtungen']
    : ['Key', 'Name', 'Level', 'Population (2022 census)', 'Area km²', 'Inhabitants per km²', 'Institutions'];
  for (const c of data.clusters) {
    const name = german ? c.name_de : c.name_en;
    head.push(`${name}: ${german ? 'Einrichtungen' : 'institutions'}`, `${name}: ${german ? 'je 100.000 Ew.' : 'per 100,000 inh.'}`, `${name}: LQ`, `${name}: ${german ? 'LQ unsicher (< 3 Fälle)' : 'LQ uncertain (< 3 cases)'}`);
  }
  const level = (row: CompareColumn) => {
    if (row.kind === 'kreis') return german ? 'Kreis' : 'District';
    const kreisfrei = data.byAgs.get(row.id)?.kreisfrei;
    return german ? (kreisfrei ? 'kreisfreie Stadt' : 'kreisangehörige Gemeinde') : (kreisfrei ? 'district-free city' : 'municipality in a district');
  };
  const yes = german ? 'ja' : 'yes';
  return [head, ...rows.map((row) => [
    row.id, row.name, level(row), String(row.population), csvNumber(row.areaKm2, 2, german), csvNumber(row.density, 0, german), String(row.institutions),
    ...row.clusters.flatMap((c) => [String(c.cases), csvNumber(c.per100k, 2, german), csvNumber(c.lq, 2, german), c.uncertain && c.lq !== null ? yes : '']),
  ])];
}

/**
 * Institutions as CSV rows with coordinates (WGS 84) and the source of each coordinate, so a
 * planner can load them into a GIS and check every row.
 */
export function institutionsCsv(data: AtlasData, institutions: readonly Institution[], german: boolean): string[][] {
  const head = german
    ? ['ID', 'Name', 'Name (englisch)', 'Art', 'Cluster', 'Kommune', 'AGS', 'Längengrad', 'Breitengrad', 'Gründungsjahr', 'Website', 'Quelle der Koordinate']
    : ['ID', 'Name (German)', 'Name', 'Category', 'Clusters', 'Municipality', 'AGS', 'Longitude', 'Latitude', 'Founded', 'Website', 'Source of the coordinate'];
  return [head, ...institutions.map((i) => [
    i.id, i.name, i.name_en, i.category,
    i.clusters.map((c) => { const cl = data.clustersById.get(c); return cl ? (german ? cl.name_de : cl.name_en) : c; }).join(' | '),
    data.byAgs.get(i.ags)?.name ?? '', i.ags,
    csvNumber(i.position[0], 5, german), csvNumber(i.position[1], 5, german),
    i.founded === null ? '' : String(i.founded), i.url ?? '', i.source,
  ])];
}
