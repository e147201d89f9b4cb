import { schemeTableau10 } from 'd3-scale-chromatic';
import { color } from 'd3-color';

/** Points whose value has no colour of its own (an eleventh value and beyond). */
const OTHER: [number, number, number] = [120, 120, 120];

/** The RGB of each value of the colour column: Tableau 10, then grey. */
export function valueColours(values: readonly string[]): [number, number, number][] {
  return values.map((_, i) => {
    const c = i < schemeTableau10.length ? color(schemeTableau10[i]!)?.rgb() : null;
    return c ? [c.r, c.g, c.b] : OTHER;
  });
}

/** CSS colour of a value, for the legend. */
export const cssColour = ([r, g, b]: [number, number, number]) => `rgb(${r}, ${g}, ${b})`;
