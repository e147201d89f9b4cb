import type { AtlasData } from '../domain/atlas-data';
import type { Scheme } from './classify';
import { indicatorValues, type UserColumn } from './indicators';
import { kreisKeyOf, kreisLevelSpecialization, kreisLevelValues, type Aggregation } from './kreise';

export type { Aggregation } from './kreise';

/** The units a choropleth is computed for: the 53 municipalities, or the 15 Kreise and kreisfreie Städte. */
export type ChoroplethLevel = 'municipality' | 'kreis';

export interface ChoroplethRequest {
  indicator: string;
  scheme: Scheme;
  level: ChoroplethLevel;
  user?: readonly UserColumn[];
  /** Per own-data indicator id: how its values combine to a Kreis, once the user has said. */
  aggregation?: Readonly<Record<string, Aggregation>>;
}

/** The app state a choropleth request is read from. */
export interface ChoroplethState {
  indicator: string;
  scheme: Scheme;
  level: ChoroplethLevel;
  imported: { columns: readonly UserColumn[] } | null;
  userAggregation: Readonly<Record<string, Aggregation>>;
}

/** The request for the map, legend, tooltip and PNG, from the state: one place, so they agree. */
export const choroplethRequest = (s: ChoroplethState): ChoroplethRequest => ({
  indicator: s.indicator,
  scheme: s.scheme,
  level: s.level,
  user: s.imported?.columns,
  aggregation: s.userAggregation,
});

/**
 * The level actually shown. Own data goes up to the Kreis only once the user has said whether the
 * column holds counts (added up) or rates (averaged): until then it stays per municipality.
 */
export const levelOf = (req: Pick<ChoroplethRequest, 'indicator' | 'level' | 'aggregation'>): ChoroplethLevel =>
  req.indicator.startsWith('user:') && !req.aggregation?.[req.indicator] ? 'municipality' : req.level;

/** The value each municipality stands for on the map: its own, or its Kreis's. */
export function valueByMunicipality(data: AtlasData, req: Omit<ChoroplethRequest, 'scheme'>): Map<string, number | null> {
  return toMunicipalities(data, req, unitValues(data, req));
}

/** Indicator values of the units of the request's level (AGS, or Kreis key). */
export function unitValues(data: AtlasData, req: Omit<ChoroplethRequest, 'scheme'>): Map<string, number | null> {
  if (levelOf(req) === 'municipality') return indicatorValues(req.indicator, data, req.user);
  const aggregation = req.aggregation?.[req.indicator];
  if (aggregation) return kreisLevelValues(indicatorValues(req.indicator, data, req.user), data, aggregation);
  return indicatorValues(req.indicator, data, [], kreisLevelSpecialization(data));
}

export function toMunicipalities<T>(
  data: AtlasData,
  req: Pick<ChoroplethRequest, 'indicator' | 'level' | 'aggregation'>,
  perUnit: ReadonlyMap<string, T | null>,
): Map<string, T | null> {
  if (levelOf(req) === 'municipality') return new Map(perUnit);
  return new Map([...data.byAgs.keys()].map((ags) => [ags, perUnit.get(kreisKeyOf(ags)) ?? null]));
}
