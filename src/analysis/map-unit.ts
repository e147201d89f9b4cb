import type { Municipality } from '../domain/municipality';
import type { Selection } from '../domain/selection';
import { choroplethRequest, levelOf, type ChoroplethState } from './choropleth-of';
import { kreisKeyOf } from './kreise';

/** True while the map shows an indicator per Kreis (not per municipality). */
export const coloursPerKreis = (state: ChoroplethState): boolean => state.indicator !== '' && levelOf(choroplethRequest(state)) === 'kreis';

/**
 * What a click on a municipality's area stands for. While the map is coloured per Kreis, the
 * coloured unit is the Kreis, so the click selects the Kreis (a kreisfreie Stadt is its own);
 * otherwise it selects the municipality.
 */
export function unitAt(ags: string, byAgs: ReadonlyMap<string, Municipality>, state: ChoroplethState): Selection {
  const m = byAgs.get(ags);
  return m && coloursPerKreis(state) && !m.kreisfrei ? { kind: 'kreis', id: kreisKeyOf(ags) } : { kind: 'municipality', id: ags };
}
