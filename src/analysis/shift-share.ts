/**
 * Classic shift-share decomposition of a section's employment change in a region between two
 * years (Dunn 1960; as in the U.S. Cluster Mapping and regional reports):
 * - national share: what the section would have gained growing like the whole reference economy;
 * - industry mix: what it gained or lost because the section grew faster or slower than that economy;
 * - regional shift: the rest, the region's own competitive effect.
 * The three add up to the actual change. Null when a value is missing or a start is zero.
 */
export interface ShiftShare {
  change: number;
  nationalShare: number;
  industryMix: number;
  regionalShift: number;
}

interface ShiftShareInput {
  /** The region's employment in the section at the start and end. */
  local: [number | null, number | null];
  /** The reference economy's employment in the section at the start and end. */
  referenceSection: [number | null, number | null];
  /** The reference economy's total employment at the start and end. */
  referenceTotal: [number | null, number | null];
}

export function shiftShare({ local, referenceSection, referenceTotal }: ShiftShareInput): ShiftShare | null {
  const [e0, e1] = local;
  const [s0, s1] = referenceSection;
  const [t0, t1] = referenceTotal;
  if (e0 === null || e1 === null || s0 === null || s1 === null || t0 === null || t1 === null) return null;
  if (s0 <= 0 || t0 <= 0) return null;
  const g = t1 / t0 - 1;
  const gi = s1 / s0 - 1;
  const nationalShare = e0 * g;
  const industryMix = e0 * (gi - g);
  const change = e1 - e0;
  return { change, nationalShare, industryMix, regionalShift: change - nationalShare - industryMix };
}
