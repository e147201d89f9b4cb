import type { AtlasData } from '../domain/atlas-data';
import { CSV_WORDS } from '../i18n/csv-words';
import type { Lang } from '../i18n/i18n';
import { say } from '../i18n/localized';
import type { Text } from '../domain/text';
import type { Overlays } from '../domain/overlays';
import { ownValuesOf } from './compare-own-values';
import { focusClustersOf } from './focus-clusters';
import { areasOf, type UserColumn } from './indicators';
import { kreiseOf, kreisLevelSpecialization, type Aggregation } from './kreise';
import { specialization, type Specialization } from './specialization';

export interface CompareColumn {
  /** AGS of a municipality (8 digits) or key of a Kreis (5 digits). */
  id: string;
  kind: 'municipality' | 'kreis';
  name: string;
  /** The municipalities it covers: itself, or the members of the Kreis. */
  members: string[];
  population: number;
  areaKm2: number;
  density: number;
  institutions: number;
  clusters: { id: string; cases: number; per100k: number; lq: number | null; uncertain: boolean; rank: number | null; ranked: number }[];
}

/** Per cluster: how concentrated it is in the region (Hoover index against population). */
export function clusterConcentration(data: AtlasData): Record<string, number | null> {
  return specialization(
    areasOf(data),
    data.institutions,
    data.clusters.map((c) => c.id),
  ).hoover;
}

/** The figures of the compared municipalities and Kreise, in the order given; unknown ids are left out. */
export function compareColumns(data: AtlasData, ids: readonly string[]): CompareColumn[] {
  const clusterIds = data.clusters.map((c) => c.id);
  const kreise = kreiseOf(data.byAgs);
  let municipal: Specialization | undefined;
  let kreisLevel: Specialization | undefined;
  return ids.flatMap((id) => {
    const m = data.byAgs.get(id);
    const kreis = kreise.get(id);
    if (!m && !kreis) return [];
    const spec = m
      ? (municipal ??= specialization(areasOf(data), data.institutions, clusterIds))
      : (kreisLevel ??= kreisLevelSpecialization(data));
    const p = spec.profiles.get(id);
    if (!p) return [];
    return [
      {
        id,
        kind: m ? ('municipality' as const) : ('kreis' as const),
        name: m ? m.name : kreis!.name,
        members: m ? [id] : kreis!.members,
        population: p.population,
        areaKm2: p.areaKm2,
        density: p.population / p.areaKm2,
        institutions: p.institutions,
        clusters: clusterIds.map((c) => {
          const order = spec.ranking[c] ?? [];
          const at = order.indexOf(id);
          return { id: c, ...p.clusters[c]!, rank: at === -1 ? null : at + 1, ranked: order.length };
        }),
      },
    ];
  });
}

/** A number as text for a CSV: German (1234,5) or international (1234.5), no thousands separator. */
export function csvNumber(value: number | null, digits: number, german: boolean): string {
  if (value === null) return '';
  const s = value.toFixed(digits);
  return german ? s.replace('.', ',') : s;
}

/**
 * The comparison as CSV rows (one row per figure, one column per municipality). German format:
 * semicolon and decimal comma, as German spreadsheets expect; international: comma and point.
 */
/** What the comparison shows beyond the figures: the corridor bands and the user's own columns. */
interface CompareExtras {
  overlays?: Overlays;
  user?: readonly UserColumn[];
  aggregation?: Readonly<Record<string, Aggregation>>;
}

export function compareRows(data: AtlasData, columns: CompareColumn[], german: boolean, extras: CompareExtras = {}): string[][] {
  const lang: Lang = german ? 'de' : 'en';
  const head = [say(lang, CSV_WORDS.indicator), ...columns.map((c) => `${c.name} (${c.id})`)];
  const rows: string[][] = [
    head,
    [say(lang, CSV_WORDS.population2022Census), ...columns.map((c) => String(c.population))],
    [say(lang, CSV_WORDS.areaKm), ...columns.map((c) => csvNumber(c.areaKm2, 2, german))],
    [say(lang, CSV_WORDS.inhabitantsPerKm), ...columns.map((c) => csvNumber(c.density, 0, german))],
    [say(lang, CSV_WORDS.institutions), ...columns.map((c) => String(c.institutions))],
  ];
  for (const cluster of data.clusters) {
    const name = say(lang, cluster.name);
    const cell = (c: CompareColumn) => c.clusters.find((x) => x.id === cluster.id)!;
    rows.push([`${name}: ${say(lang, CSV_WORDS.institutionsAlt)}`, ...columns.map((c) => String(cell(c).cases))]);
    rows.push([`${name}: ${say(lang, CSV_WORDS.per100000Inh)}`, ...columns.map((c) => csvNumber(cell(c).per100k, 2, german))]);
    // The atlas entries' LQ (not the employment one): number and flag in separate rows, so a
    // spreadsheet reads the number as a number.
    rows.push([`${name}: LQ ${say(lang, CSV_WORDS.atlasEntries)}`, ...columns.map((c) => csvNumber(cell(c).lq, 2, german))]);
    rows.push([
      `${name}: LQ ${say(lang, CSV_WORDS.uncertainUnder3Cases)}`,
      ...columns.map((c) => (cell(c).uncertain && cell(c).lq !== null ? '1' : '0')),
    ]);
    rows.push([`${name}: ${say(lang, CSV_WORDS.rank)}`, ...columns.map((c) => (cell(c).rank === null ? '' : String(cell(c).rank)))]);
    rows.push([`${name}: ${say(lang, CSV_WORDS.unitsRanked)}`, ...columns.map((c) => String(cell(c).ranked))]);
  }
  const hoover = clusterConcentration(data);
  for (const cluster of data.clusters) {
    const h = hoover[cluster.id];
    rows.push([
      `${say(lang, cluster.name)}: Hoover ${say(lang, CSV_WORDS.regionAgainstPopulation)}`,
      ...columns.map(() => (h == null ? '' : csvNumber(h, 3, german))),
    ]);
  }
  const names = (xs: { name: Text }[]) => xs.map((x) => say(lang, x.name)).join(' | ');
  rows.push([say(lang, CSV_WORDS.focusMunicipalityOf), ...columns.map((c) => names(focusClustersOf(data.clusters, c.members)))]);
  if (extras.overlays) {
    const bands = extras.overlays.corridors;
    rows.push([
      say(lang, CSV_WORDS.inTheCorridors),
      ...columns.map((c) =>
        names(
          bands
            .filter((k) => c.members.some((ags) => k.municipalities.includes(ags)))
            .flatMap((k) => data.corridors.filter((x) => x.id === k.id)),
        ),
      ),
    ]);
  }
  for (const [i, column] of (extras.user ?? []).entries()) {
    const label = `${say(lang, CSV_WORDS.ownData)}: ${column.name}`;
    rows.push([
      label,
      ...columns.map((c) => {
        const v = ownValuesOf(data, c, extras.user!, extras.aggregation ?? {})[i]!.value;
        if (v === undefined) return say(lang, CSV_WORDS.pendingAddUpOrAverage);
        return v !== null && Number.isInteger(v) ? String(v) : csvNumber(v, 2, german);
      }),
    ]);
  }
  return rows;
}
