/**
 * Every organisation the two source documents in shared/seeds/ name, and where the atlas has it:
 * on the map (`map`, an institution id), in a cluster's list of actors without a point (`list`),
 * in the events of clusters.json (`event`), or outside the Ruhr (`outside`, with the reason).
 * `aliases`: the short forms a search must find.
 */
export type SeedOrganisation =
  | { seed: 'seed-2005' | 'seed-2021'; name: string; where: 'map' | 'list'; id: string; aliases: string[] }
  | { seed: 'seed-2005' | 'seed-2021'; name: string; where: 'event' }
  | { seed: 'seed-2005' | 'seed-2021'; name: string; where: 'outside'; reason: string };

export const SEED_ORGANISATIONS: SeedOrganisation[] = [
  { seed: 'seed-2005', name: 'Marketing Club Bochum', where: 'event' },
];
