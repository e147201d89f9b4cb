/** UI strings, German first. Every visible string lives here, one place per language. */
const de = {
  appTitle: 'Clusteratlas Ruhr',
  appSubtitle: 'Die 53 Kommunen des Regionalverbands Ruhr',
  loading: 'Karte wird geladen …',
  kreisfreieStadt: 'Kreisfreie Stadt',
  kreisangehoerig: 'kreisangehörig',
  area: 'Fläche',
  ags: 'Gemeindeschlüssel (AGS)',
  kreis: 'Kreis',
  selectHint: 'Tippen oder klicken Sie auf eine Kommune, um sie auszuwählen.',
  clearSelection: 'Auswahl aufheben',
  basemapLabel: 'Online-Hintergrundkarte (OpenStreetMap)',
  basemapNote: 'Lädt Kacheln von tile.openstreetmap.org',
  language: 'Sprache',
  switchLanguage: 'English',
  sourceLabel: 'Quelle',
  geodataSource: 'Verwaltungsgrenzen: © GeoBasis-DE / BKG (VG250), dl-de/by-2-0',
  noWebgl2Title: 'Diese Karte braucht WebGL2',
  noWebgl2Text: 'Ihr Browser oder Gerät stellt kein WebGL2 bereit. Bitte öffnen Sie die Seite in einem aktuellen Firefox, Chrome, Edge oder Safari, oder aktivieren Sie die Hardwarebeschleunigung.',
  loadErrorTitle: 'Die Kartendaten konnten nicht geladen werden',
  loadErrorRetry: 'Erneut versuchen',
  linkNotice: 'Der Link enthielt ungültige Angaben; sie wurden ignoriert:',
  dismiss: 'Schließen',
  km2: 'km²',
  panelTitle: 'Auswahl',
} as const;

export type StringKey = keyof typeof de;
export type Lang = 'de' | 'en';

const en: Record<StringKey, string> = {
  appTitle: 'Cluster Atlas Ruhr',
  appSubtitle: 'The 53 municipalities of the Ruhr Regional Association',
  loading: 'Loading map …',
  kreisfreieStadt: 'District-free city',
  kreisangehoerig: 'part of a district',
  area: 'Area',
  ags: 'Municipality key (AGS)',
  kreis: 'District',
  selectHint: 'Tap or click a municipality to select it.',
  clearSelection: 'Clear selection',
  basemapLabel: 'Online basemap (OpenStreetMap)',
  basemapNote: 'Loads tiles from tile.openstreetmap.org',
  language: 'Language',
  switchLanguage: 'Deutsch',
  sourceLabel: 'Source',
  geodataSource: 'Administrative boundaries: © GeoBasis-DE / BKG (VG250), dl-de/by-2-0',
  noWebgl2Title: 'This map needs WebGL2',
  noWebgl2Text: 'Your browser or device does not provide WebGL2. Please open the page in a current Firefox, Chrome, Edge or Safari, or turn on hardware acceleration.',
  loadErrorTitle: 'The map data could not be loaded',
  loadErrorRetry: 'Try again',
  linkNotice: 'The link contained invalid parts; they were ignored:',
  dismiss: 'Close',
  km2: 'km²',
  panelTitle: 'Selection',
};

const dictionaries: Record<Lang, Record<StringKey, string>> = { de, en };

/** Looks up a UI string; German is the fallback for a missing English entry. */
export function translate(lang: Lang, key: StringKey): string {
  return dictionaries[lang][key] ?? de[key];
}

/** Number formatting follows the UI language (German: 1.234,5). */
export function formatNumber(lang: Lang, value: number, digits = 0): string {
  return new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}
