import type { AtlasData } from '../domain/atlas-data';
import { choroplethClasses, type ChoroplethClasses } from './choropleth-classes';
import type { Scheme } from './classify';
import { indicatorValues, type UserColumn } from './indicators';
import { kreisKeyOf, kreisLevelSpecialization } from './kreise';

/** The units a choropleth is computed for: the 53 municipalities, or the 15 Kreise and kreisfreie Städte. */
export type ChoroplethLevel = 'municipality' | 'kreis';

export interface ChoroplethRequest {
  indicator: string;
  scheme: Scheme;
  level: ChoroplethLevel;
  user?: readonly UserColumn[];
}

/**
 * Own data can only be shown per municipality: a column may hold counts or rates, and only
 * counts could be summed to a Kreis.
 */
export const levelOf = (req: Pick<ChoroplethRequest, 'indicator' | 'level'>): ChoroplethLevel =>
  req.indicator.startsWith('user:') ? 'municipality' : req.level;

/**
 * Classes per municipality (AGS) for the map, with breaks and colours for the legend. At Kreis
 * level the classes are formed over the 15 Kreis-level values (so a Kreis of ten towns does not
 * count ten times) and each municipality takes the class of its Kreis.
 */
export function choroplethOf(data: AtlasData, req: ChoroplethRequest): ChoroplethClasses {
  const perUnit = choroplethClasses(unitValues(data, req), req.scheme);
  return { ...perUnit, classes: toMunicipalities(data, req, perUnit.classes) };
}

/** The value each municipality stands for on the map: its own, or its Kreis's. */
export function valueByMunicipality(data: AtlasData, req: Omit<ChoroplethRequest, 'scheme'>): Map<string, number | null> {
  return toMunicipalities(data, req, unitValues(data, req));
}

/** Indicator values of the units of the request's level (AGS, or Kreis key). */
function unitValues(data: AtlasData, req: Omit<ChoroplethRequest, 'scheme'>): Map<string, number | null> {
  return levelOf(req) === 'municipality'
    ? indicatorValues(req.indicator, data, req.user)
    : indicatorValues(req.indicator, data, [], kreisLevelSpecialization(data));
}

function toMunicipalities<T>(data: AtlasData, req: Pick<ChoroplethRequest, 'indicator' | 'level'>, perUnit: ReadonlyMap<string, T | null>): Map<string, T | null> {
  if (levelOf(req) === 'municipality') return new Map(perUnit);
  return new Map([...data.byAgs.keys()].map((ags) => [ags, perUnit.get(kreisKeyOf(ags)) ?? null]));
}
