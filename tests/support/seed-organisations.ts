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

// Not listed: people (Kremer, Grönemeyer, Kiese, Ketels, Link, Eiskirch, Meyer, Beck) and plurals that
// name no single organisation ("Universitäten und Industrie- und Handelskammern der Region",
// "mehrere Landesinstitutionen"; the health cluster lists the state bodies on the Gesundheitscampus).
export const SEED_ORGANISATIONS: SeedOrganisation[] = [
  { seed: 'seed-2005', name: 'Life Technologies Ruhr e.V.', where: 'list', id: 'life-technologies-ruhr', aliases: ['LTR'] },
  { seed: 'seed-2005', name: 'Marketing Club Bochum', where: 'event' },
  {
    seed: 'seed-2005',
    name: 'Bergmannsheil',
    where: 'map',
    id: 'bg-universitatsklinikum-bergmannsheil-bochum',
    aliases: ['Bergmannsheil'],
  },
  {
    seed: 'seed-2005',
    name: 'Bundesknappschaft',
    where: 'map',
    id: 'deutsche-rentenversicherung-knappschaft-bahn-see-hauptverwal',
    aliases: ['Bundesknappschaft', 'Knappschaft'],
  },
  { seed: 'seed-2021', name: 'Geographisches Institut der Ruhr-Universität Bochum', where: 'event' },
  { seed: 'seed-2021', name: 'Ruhr-Universität Bochum', where: 'map', id: 'ruhr-universitat-bochum', aliases: ['RUB'] },
  {
    seed: 'seed-2021',
    name: 'Harvard Business School',
    where: 'outside',
    reason: 'Boston (USA): a partner of the conference, named in its facts',
  },
  {
    seed: 'seed-2021',
    name: 'Universitäten Jena, Bremen und Tübingen',
    where: 'outside',
    reason: 'Thuringia, Bremen and Baden-Württemberg: partners of the conference',
  },
  { seed: 'seed-2021', name: 'Duisburg Business & Innovation GmbH', where: 'list', id: 'duisburg-business-innovation', aliases: ['DBI'] },
  { seed: 'seed-2021', name: 'Bochum Wirtschaftsentwicklung', where: 'list', id: 'bochum-wirtschaftsentwicklung', aliases: [] },
  {
    seed: 'seed-2021',
    name: 'Max-Planck-Institut für Sicherheit und Privatsphäre',
    where: 'map',
    id: 'max-planck-institut-fur-sicherheit-und-privatsphare',
    aliases: ['MPI-SP'],
  },
  {
    seed: 'seed-2021',
    name: 'Horst-Görtz-Institut für IT-Sicherheit',
    where: 'map',
    id: 'horst-gortz-institut-fur-it-sicherheit-hgi',
    aliases: ['HGI'],
  },
  { seed: 'seed-2021', name: 'Gesundheitscampus', where: 'map', id: 'gesundheitscampus-nrw', aliases: ['Gesundheitscampus'] },
  { seed: 'seed-2021', name: 'Hochschule für Gesundheit', where: 'map', id: 'hochschule-fuer-gesundheit-bochum', aliases: ['hsg'] },
  { seed: 'seed-2021', name: 'Hy.Region.Rhein.Ruhr', where: 'list', id: 'hy-region-rhein-ruhr', aliases: ['Hy.Region'] },
  {
    seed: 'seed-2021',
    name: 'Technologie- und Innovationszentrum Wasserstoff',
    where: 'list',
    id: 'trhy-the-hydrogen-proving-area',
    aliases: ['TIW', 'TIZ'],
  },
];
