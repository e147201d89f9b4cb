import { schemeYlGnBu } from 'd3-scale-chromatic';
import { classBreaks, classOf, type Scheme } from './classify';

const CLASS_COUNT = 5;

export interface ChoroplethClasses {
  breaks: number[];
  colours: string[];
  /** AGS -> class index, null where there is no value. */
  classes: Map<string, number | null>;
  min: number;
  max: number;
  /** Per class the smallest and largest value in it and how many units: what the legend shows. */
  ranges: { min: number; max: number; count: number }[];
}

/** Classes and colours (ColorBrewer YlGnBu, colour-blind safe, sequential) for indicator values. */
export function choroplethClasses(values: ReadonlyMap<string, number | null>, scheme: Scheme): ChoroplethClasses {
  const xs = [...values.values()].filter((v): v is number => v !== null && Number.isFinite(v));
  const breaks = classBreaks(xs, CLASS_COUNT, scheme);
  const n = breaks.length + 1;
  const colours = n >= 3 ? [...schemeYlGnBu[n]!] : [...schemeYlGnBu[3]!].slice(3 - n);
  const classes = new Map([...values].map(([ags, v]) => [ags, v === null || !Number.isFinite(v) ? null : classOf(v, breaks)]));
  const ranges = colours.map((_, i) => {
    const members = xs.filter((v) => classOf(v, breaks) === i);
    return { min: Math.min(...members), max: Math.max(...members), count: members.length };
  });
  return { breaks, colours, classes, min: Math.min(...xs), max: Math.max(...xs), ranges };
}
