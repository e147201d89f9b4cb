import type { AtlasData } from '../domain/atlas-data';
import { choroplethClasses, type ChoroplethClasses } from './choropleth-classes';
import { toMunicipalities, unitValues, type ChoroplethRequest } from './choropleth-of';

/**
 * Classes per municipality (AGS) for the map, with breaks and colours for the legend. At Kreis
 * level the classes are formed over the 15 Kreis-level values (so a Kreis of ten towns does not
 * count ten times) and each municipality takes the class of its Kreis. A module of its own: it
 * and the colour schemes load when an indicator is first chosen, not with the first view.
 */
export function choroplethOf(data: AtlasData, req: ChoroplethRequest): ChoroplethClasses {
  const perUnit = choroplethClasses(unitValues(data, req), req.scheme);
  return { ...perUnit, classes: toMunicipalities(data, req, perUnit.classes) };
}
