import type { Text } from '../domain/text';

/** The words of the CSV exports (headings, row names, flags), in the one bilingual shape. */
export const CSV_WORDS = {
  indicator: { de: 'Kennzahl', en: 'Indicator' },
  population2022Census: { de: 'Einwohner (Zensus 2022)', en: 'Population (2022 census)' },
  areaKm: { de: 'Fläche km²', en: 'Area km²' },
  inhabitantsPerKm: { de: 'Einwohner je km²', en: 'Inhabitants per km²' },
  institutions: { de: 'Einrichtungen', en: 'Institutions' },
  institutionsAlt: { de: 'Einrichtungen', en: 'institutions' },
  per100000Inh: { de: 'je 100.000 Ew.', en: 'per 100,000 inh.' },
  atlasEntries: { de: '(Atlas-Einträge)', en: '(atlas entries)' },
  uncertainUnder3Cases: { de: 'unsicher (unter 3 Fällen)', en: 'uncertain (under 3 cases)' },
  rank: { de: 'Rang', en: 'rank' },
  unitsRanked: { de: 'gerankte Einheiten', en: 'units ranked' },
  regionAgainstPopulation: { de: '(Region, gegenüber Einwohnern)', en: '(region, against population)' },
  focusMunicipalityOf: { de: 'Schwerpunkt-Kommune von', en: 'Focus municipality of' },
  inTheCorridors: { de: 'Liegt in den Korridoren', en: 'In the corridors' },
  ownData: { de: 'Eigene Daten', en: 'Own data' },
  pendingAddUpOrAverage: { de: 'offen: addieren oder mitteln?', en: 'pending: add up or average?' },
  lqUncertain3Cases: { de: 'LQ unsicher (< 3 Fälle)', en: 'LQ uncertain (< 3 cases)' },
  district: { de: 'Kreis', en: 'District' },
  yes: { de: 'ja', en: 'yes' },
  germany: { de: 'Deutschland', en: 'Germany' },
} satisfies Record<string, Text>;
