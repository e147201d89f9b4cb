/**
 * The WZ 2008 section or section group a GENESIS row label names: the code in brackets at its
 * end ("Verarbeitendes Gewerbe (C)"), or, for the labels GENESIS cuts short without a code, the
 * group their figures add up to (checked: G-U = G-I + J + K + L + M-N + O-Q + R-U in every row).
 */
const TRUNCATED: Record<string, string> = {
  'Freiberufl,wissenschaftl. techn. Dienstl.,sonst.DL': 'M-N',
  'Öff.Verw.,Verteidig.,Sozialvers.,Erz.-u.Unterricht': 'O-Q',
  'Kunst, Unterhaltung, Erholung, Priv. Haush.,usw.': 'R-U',
};

export function sectionCodeOf(label: string): string | undefined {
  const trimmed = label.trim();
  if (/^insgesamt$/i.test(trimmed)) return 'total';
  const bracket = /\(([A-U](?:-[A-U])?)\)\s*$/.exec(trimmed);
  if (bracket) return bracket[1];
  return TRUNCATED[trimmed];
}

/** German and English names of the groups of table 13111-07-05-4, for the app's labels. */
export const SECTION_NAMES: Record<string, { de: string; en: string }> = {
  A: { de: 'Land- und Forstwirtschaft, Fischerei', en: 'Agriculture, forestry and fishing' },
  'B-F': { de: 'Produzierendes Gewerbe', en: 'Industry including construction' },
  'B-E': { de: 'Produzierendes Gewerbe ohne Baugewerbe', en: 'Industry excluding construction' },
  C: { de: 'Verarbeitendes Gewerbe', en: 'Manufacturing' },
  F: { de: 'Baugewerbe', en: 'Construction' },
  'G-U': { de: 'Dienstleistungsbereiche', en: 'Services' },
  'G-I': { de: 'Handel, Verkehr, Gastgewerbe', en: 'Trade, transport, accommodation and food' },
  J: { de: 'Information und Kommunikation', en: 'Information and communication' },
  K: { de: 'Finanz- und Versicherungsdienstleistungen', en: 'Financial and insurance services' },
  L: { de: 'Grundstücks- und Wohnungswesen', en: 'Real estate' },
  'M-N': {
    de: 'Freiberufliche, wissenschaftliche, technische und sonstige Unternehmensdienstleister',
    en: 'Professional, scientific, technical and other business services',
  },
  'O-Q': {
    de: 'Öffentliche Verwaltung, Erziehung, Gesundheit und Soziales',
    en: 'Public administration, education, health and social work',
  },
  'R-U': {
    de: 'Kunst, Unterhaltung, Erholung, sonstige Dienstleister, private Haushalte',
    en: 'Arts, entertainment, other services, households',
  },
};
