import { hooverIndex } from './hoover-index';

/**
 * How far a region's mix of sections differs from the reference economy's: the Hoover index
 * ½ Σ |e_i/e − E_i/E| (0 = the same mix, towards 1 = entirely different) and the Krugman
 * specialisation index Σ |e_i/e − E_i/E| (twice Hoover, 0 to 2). Sections with a missing value in
 * either are left out of both sums, and `sections` says how many were used.
 */
interface SectorSpecialisation {
  hoover: number | null;
  krugman: number | null;
  sections: number;
}

export function sectorSpecialisation(local: readonly (number | null)[], reference: readonly (number | null)[]): SectorSpecialisation {
  const pairs = local.flatMap((l, i) => (l !== null && reference[i] != null ? [[l, reference[i]!] as const] : []));
  const hoover = hooverIndex(
    pairs.map((p) => p[0]),
    pairs.map((p) => p[1]),
  );
  return { hoover, krugman: hoover === null ? null : 2 * hoover, sections: pairs.length };
}
