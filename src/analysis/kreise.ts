import type { AtlasData } from '../domain/atlas-data';
import type { Municipality } from '../domain/municipality';
import type { Selection } from '../domain/selection';
import { specialization, type Specialization } from './specialization';

/** A Kreis of the region with its member municipalities (the kreisfreie Städte are their own Kreis). */
interface Kreis {
  /** Kreisschlüssel: the first five digits of its members' AGS, e.g. "05562". */
  key: string;
  name: string;
  /** AGS of the member municipalities, in the order of the data. */
  members: string[];
}

/** The Kreis key of a municipality: the first five digits of its AGS (Land, Regierungsbezirk, Kreis). */
export const kreisKeyOf = (ags: string): string => ags.slice(0, 5);

const cache = new WeakMap<ReadonlyMap<string, Municipality>, ReadonlyMap<string, Kreis>>();

/**
 * The Kreise with more than one municipality (in the RVR: Wesel, Recklinghausen, Ennepe-Ruhr,
 * Unna), by key. Derived from the municipalities, so it cannot drift from the geodata.
 */
export function kreiseOf(byAgs: ReadonlyMap<string, Municipality>): ReadonlyMap<string, Kreis> {
  const hit = cache.get(byAgs);
  if (hit) return hit;
  const kreise = new Map<string, Kreis>();
  for (const m of byAgs.values()) {
    if (m.kreisfrei) continue;
    const key = kreisKeyOf(m.ags);
    const kreis = kreise.get(key) ?? { key, name: m.kreis, members: [] };
    kreis.members.push(m.ags);
    kreise.set(key, kreis);
  }
  cache.set(byAgs, kreise);
  return kreise;
}

/**
 * The region at Kreis level (kreisfreie Städte and Kreise, keyed by Kreis key) with population and
 * area summed over the members: the input of the specialisation analysis one level up.
 */
export function kreisLevelAreas(data: Pick<AtlasData, 'byAgs' | 'population'>): { ags: string; population: number; areaKm2: number }[] {
  const sums = new Map<string, { ags: string; population: number; areaKm2: number }>();
  for (const m of data.byAgs.values()) {
    const key = kreisKeyOf(m.ags);
    const s = sums.get(key) ?? { ags: key, population: 0, areaKm2: 0 };
    s.population += data.population.get(m.ags) ?? 0;
    s.areaKm2 += m.areaKm2;
    sums.set(key, s);
  }
  return [...sums.values()];
}

/** The municipalities behind a list of compared ids: an AGS stands for itself, a Kreis key for its members. */
export function municipalitiesOf(ids: readonly string[], byAgs: ReadonlyMap<string, Municipality>): string[] {
  const kreise = kreiseOf(byAgs);
  return [...new Set(ids.flatMap((id) => (byAgs.has(id) ? [id] : (kreise.get(id)?.members ?? []))))];
}

/** The municipalities a selection covers on the map: the selected one, or all members of a selected Kreis. */
export function selectedMunicipalities(selection: Selection | undefined, byAgs: ReadonlyMap<string, Municipality>): string[] {
  return selection?.kind === 'municipality' || selection?.kind === 'kreis' ? municipalitiesOf([selection.id], byAgs) : [];
}

/**
 * How the user's own values combine to a Kreis: counts add up ('sum'); rates and shares are
 * averaged, weighted by population ('mean'). Only the user knows which a column holds.
 */
export type Aggregation = 'sum' | 'mean';

/**
 * Per-municipality values combined to the 15 Kreis-level units (keyed by Kreis key). A unit with a
 * member lacking its value stays without one: a partial sum or mean would pass for the whole.
 */
export function kreisLevelValues(
  perMunicipality: ReadonlyMap<string, number | null>,
  data: Pick<AtlasData, 'byAgs' | 'population'>,
  aggregation: Aggregation,
): Map<string, number | null> {
  const acc = new Map<string, { sum: number; weighted: number; population: number; complete: boolean }>();
  for (const ags of data.byAgs.keys()) {
    const key = kreisKeyOf(ags);
    const a = acc.get(key) ?? { sum: 0, weighted: 0, population: 0, complete: true };
    const value = perMunicipality.get(ags);
    const population = data.population.get(ags) ?? 0;
    if (value === null || value === undefined) a.complete = false;
    else {
      a.sum += value;
      a.weighted += value * population;
      a.population += population;
    }
    acc.set(key, a);
  }
  return new Map(
    [...acc].map(([key, a]) => [
      key,
      !a.complete ? null : aggregation === 'sum' ? a.sum : a.population > 0 ? a.weighted / a.population : null,
    ]),
  );
}

/**
 * Specialisation one level up: the institutions counted per Kreis (a kreisfreie Stadt is its own
 * Kreis), so a Kreis is measured and ranked against the 15 units of its level, not against towns.
 */
export function kreisLevelSpecialization(data: AtlasData): Specialization {
  const institutions = data.institutions.map((i) => ({ ...i, ags: kreisKeyOf(i.ags) }));
  return specialization(
    kreisLevelAreas(data),
    institutions,
    data.clusters.map((c) => c.id),
  );
}
