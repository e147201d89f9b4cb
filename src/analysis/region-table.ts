import type { AtlasData } from '../domain/atlas-data';
import { CSV_HEADINGS, CSV_WORDS } from '../i18n/csv-words';
import type { Lang } from '../i18n/i18n';
import { say } from '../i18n/localized';
import type { Institution } from '../domain/institution';
import type { ChoroplethLevel } from './choropleth-of';
import { compareColumns, csvNumber, type CompareColumn } from './compare-table';
import { indicatorValues, type UserColumn } from './indicators';
import { kreiseOf, kreisKeyOf, kreisLevelValues, type Aggregation } from './kreise';

/** The table has the same two levels as the map's colouring. */
export type TableLevel = ChoroplethLevel;

/** A sortable column of the region table: a figure of the unit, or one cluster's LQ. */
export type SortKey = 'name' | 'population' | 'areaKm2' | 'density' | 'institutions' | `lq:${string}` | `user:${string}`;

export interface Sort {
  key: SortKey;
  descending: boolean;
}

/**
 * All units of a level with their figures: the 53 municipalities, or the 15 Kreise and
 * kreisfreie Städte. The same figures as the comparison cards, so table and cards agree.
 */
export function regionTable(data: AtlasData, level: TableLevel): CompareColumn[] {
  return compareColumns(data, unitIds(data, level));
}

function unitIds(data: AtlasData, level: TableLevel): string[] {
  return level === 'municipality'
    ? [...data.byAgs.keys()]
    : [...data.byAgs.values()]
        .filter((m) => m.kreisfrei)
        .map((m) => m.ags)
        .concat([...kreiseOf(data.byAgs).keys()]);
}

/** A column of the user's own data in the table: its value per row id. */
interface OwnColumn {
  id: string;
  name: string;
  /** Null at Kreis level until the user has said whether the column holds counts or rates. */
  values: ReadonlyMap<string, number | null> | null;
}

/**
 * The user's own columns for the rows of a level. Per Kreis they are added up or averaged
 * (weighted by population) as the user chose for that column; a Kreis missing a member's value
 * stays empty, as on the map.
 */
export function ownColumns(
  data: AtlasData,
  level: TableLevel,
  user: readonly UserColumn[],
  aggregation: Readonly<Record<string, Aggregation>>,
): OwnColumn[] {
  return user.map((column, i) => {
    const id = `user:${i}`;
    const perMunicipality = indicatorValues(id, data, user);
    if (level === 'municipality') return { id, name: column.name, values: perMunicipality };
    const how = aggregation[id];
    if (!how) return { id, name: column.name, values: null };
    const perKreis = kreisLevelValues(perMunicipality, data, how);
    return {
      id,
      name: column.name,
      values: new Map(unitIds(data, level).map((rowId) => [rowId, perKreis.get(kreisKeyOf(rowId)) ?? null])),
    };
  });
}

const lqOf = (row: CompareColumn, cluster: string) => row.clusters.find((c) => c.id === cluster)?.lq ?? null;

/** Sorted by one column; rows without a value (no LQ) go last either way, names break ties. */
export function sortRegionTable(rows: readonly CompareColumn[], sort: Sort, own: readonly OwnColumn[] = []): CompareColumn[] {
  const ownValues = own.find((c) => c.id === sort.key)?.values;
  const value = (row: CompareColumn): number | string | null =>
    sort.key === 'name'
      ? row.name
      : sort.key.startsWith('lq:')
        ? lqOf(row, sort.key.slice(3))
        : sort.key.startsWith('user:')
          ? (ownValues?.get(row.id) ?? null)
          : row[sort.key as 'population' | 'areaKm2' | 'density' | 'institutions'];
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
export function regionTableCsv(
  data: AtlasData,
  rows: readonly CompareColumn[],
  german: boolean,
  own: readonly OwnColumn[] = [],
): string[][] {
  const lang: Lang = german ? 'de' : 'en';
  const head = [...CSV_HEADINGS.regionTable[lang]];
  for (const c of data.clusters) {
    const name = say(lang, c.name);
    head.push(
      `${name}: ${say(lang, CSV_WORDS.institutionsAlt)}`,
      `${name}: ${say(lang, CSV_WORDS.per100000Inh)}`,
      `${name}: LQ`,
      `${name}: ${say(lang, CSV_WORDS.lqUncertain3Cases)}`,
    );
  }
  const level = (row: CompareColumn) => {
    if (row.kind === 'kreis') return say(lang, CSV_WORDS.district);
    const kreisfrei = data.byAgs.get(row.id)?.kreisfrei;
    return say(lang, kreisfrei ? CSV_WORDS.kreisfreieStadt : CSV_WORDS.kreisangehoerig);
  };
  head.push(...own.map((c) => `${say(lang, CSV_WORDS.ownData)}: ${c.name}`));
  const yes = say(lang, CSV_WORDS.yes);
  // Own values keep the precision they came with.
  const ownCell = (v: number | null | undefined) => (v === null || v === undefined ? '' : german ? String(v).replace('.', ',') : String(v));
  return [
    head,
    ...rows.map((row) => [
      row.id,
      row.name,
      level(row),
      String(row.population),
      csvNumber(row.areaKm2, 2, german),
      csvNumber(row.density, 0, german),
      String(row.institutions),
      ...row.clusters.flatMap((c) => [
        String(c.cases),
        csvNumber(c.per100k, 2, german),
        csvNumber(c.lq, 2, german),
        c.uncertain && c.lq !== null ? yes : '',
      ]),
      ...own.map((c) => ownCell(c.values?.get(row.id))),
    ]),
  ];
}

/**
 * Institutions as CSV rows with coordinates (WGS 84), the source of each coordinate and of each
 * founding year, so a planner can load them into a GIS and check every row.
 */
export function institutionsCsv(data: AtlasData, institutions: readonly Institution[], german: boolean): string[][] {
  const lang: Lang = german ? 'de' : 'en';
  const head = [...CSV_HEADINGS.institutions[lang]];
  return [
    head,
    ...institutions.map((i) => [
      i.id,
      i.name.de,
      i.name.en,
      i.category,
      i.clusters
        .map((c) => {
          const cl = data.clustersById.get(c);
          return cl ? say(lang, cl.name) : c;
        })
        .join(' | '),
      data.byAgs.get(i.ags)?.name ?? '',
      i.ags,
      csvNumber(i.position[0], 5, german),
      csvNumber(i.position[1], 5, german),
      i.precision,
      i.founded === null ? '' : String(i.founded),
      i.ended ? `${i.ended.year}: ${say(lang, i.ended.into)}` : '',
      i.url ?? '',
      i.source.url,
      i.foundedSource?.url ?? '',
      i.ended?.source.url ?? '',
    ]),
  ];
}
