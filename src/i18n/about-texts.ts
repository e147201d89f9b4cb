import type { Text } from '../domain/text';

/** The Info box's texts (loaded with it, not with the first view), in the one bilingual shape. */
export const ABOUT_TEXTS = {
  title: { de: 'Über den Clusteratlas Ruhr', en: 'About the Clusteratlas Ruhr' },
  intro: {
    de: 'Eine Karte der Wirtschaftscluster im Ruhrgebiet: {institutions} Einrichtungen in den 53 Kommunen des Regionalverbands Ruhr, {clusters} Cluster und {corridors} Korridore. Jede Einrichtung, jede Zahl und jedes Datum trägt ihre Quelle; Einrichtungen ohne belegbare Lage fehlen lieber, als geschätzt zu werden.',
    en: 'A map of the economic clusters of the Ruhr: {institutions} institutions in the 53 municipalities of the Regionalverband Ruhr, {clusters} clusters and {corridors} corridors. Every institution, figure and date carries its source; an institution whose location could not be sourced is left out rather than guessed.',
  },
  seeds: { de: 'Die Cluster und Korridore folgen zwei Dokumenten', en: 'The clusters and corridors follow two documents' },
  data: { de: 'Daten', en: 'Data' },
  employment: {
    de: 'Beschäftigung: Regionalstatistik-Tabelle 13111-07-05-4 (Sozialversicherungspflichtig Beschäftigte am Arbeitsort nach Wirtschaftszweigen, Stichtag 30.06., 2015–2020, alle Kreise, NRW und Deutschland; Statistische Ämter des Bundes und der Länder, Daten der Bundesagentur für Arbeit; dl-de/by-2-0). 13 Abschnittsgruppen der WZ 2008 (einzelne Abschnitte wie Q oder H gibt die Tabelle nicht); „.“ (unbekannt/geheim) bleibt ohne Wert, „-“ ist null. Betriebe: Tabelle 52111-02-01-4 (Unternehmensregister, Betriebe nach Wirtschaftsabschnitten, Berichtsjahr 2014, alle Kreise; dl-de/by-2-0), das jüngste hier vorliegende Jahr. Beschäftigte aller Wirtschaftszweige als Zeitreihe 2008–2020, 2023 und 2024: Tabelle 13111-01-03-4 (gespeicherte Exporte; wo zwei Dateien ein Jahr haben, stimmen sie überein). Es fehlen: 2021 und 2022 ganz, nach Wirtschaftszweigen 2008–2014 und ab 2021, Abschnitte und Abteilungen, Betriebszahlen nach 2014.',
    en: 'Employment: regional statistics table 13111-07-05-4 (employees subject to social insurance at their place of work by industry, 30 June, 2015–2020, every district, NRW and Germany; Statistical Offices of the Federation and the Länder, data of the Federal Employment Agency; dl-de/by-2-0). 13 WZ 2008 section groups (the table has no single sections such as Q or H); “.” (unknown or confidential) stays without a value, “-” is zero. Establishments: table 52111-02-01-4 (business register, establishments by section, reporting year 2014, every district; dl-de/by-2-0), the latest year available here. Employees of all industries as a series 2008–2020, 2023 and 2024: table 13111-01-03-4 (stored exports; where two files hold a year, they agree). Missing: 2021 and 2022 altogether, by industry 2008–2014 and from 2021, single sections and divisions, establishment counts after 2014.',
  },
  employmentMethods: {
    de: 'Standortquotient LQ = (e_is / e_i) / (E_s / E), gegen NRW oder Deutschland, unter 100 Beschäftigten markiert und nicht gerankt. Starker Cluster (nach U.S. Cluster Mapping): LQ ≥ 75. Perzentil der deutschen Kreise und ≥ 1, Beschäftigte > 25. Perzentil, Betriebe (2014; B–E = B+C+D+E, G–I = G+H+I, M–N = M+N, O–Q = P+Q, R–U = R+S) > 25. Perzentil; für A entfällt der Betriebs-Teil, das Register führt keine. Hoover = ½ Σ |e_i/e − E_i/E|, Krugman = Σ |e_i/e − E_i/E| über die Abschnittsgruppen. Wachstum: CAGR = (e_1/e_0)^(1/Jahre) − 1. Shift-Share (Dunn): Gesamteffekt e_0·g, Branchenmix e_0·(g_s − g), Standorteffekt = Rest der Veränderung.',
    en: 'Location quotient LQ = (e_is / e_i) / (E_s / E), against NRW or Germany, marked and not ranked under 100 employees. Strong cluster (after U.S. Cluster Mapping): LQ ≥ 75th percentile of German districts and ≥ 1, employees > 25th percentile, establishments (2014; B–E = B+C+D+E, G–I = G+H+I, M–N = M+N, O–Q = P+Q, R–U = R+S) > 25th percentile; for A the establishment part is left out, the register has none. Hoover = ½ Σ |e_i/e − E_i/E|, Krugman = Σ |e_i/e − E_i/E| over the section groups. Growth: CAGR = (e_1/e_0)^(1/years) − 1. Shift-share (Dunn): national share e_0·g, industry mix e_0·(g_s − g), local effect = the rest of the change.',
  },
  institutions: {
    de: '{institutions} Einrichtungen: Lage, Gründung und, wo zutreffend, Schließung oder Fusion, jedes mit der Originalquelle und dem dort gelesenen Wortlaut (im Fenster der Einrichtung und in der CSV-Datei der Liste). Die Lage ist entweder eine Koordinate aus der Quelle oder ein Standort (Campus, Gelände), auf dem eine Quelle die Einrichtung verortet und dessen Koordinate belegt ist; mehrere Einrichtungen auf einem Standort werden auf der Karte um ihn herum aufgefächert. Ohne belegten Ort keine Punkte: Netzwerke ohne eigenes Gebäude nennt das Fenster ihres Clusters.',
    en: '{institutions} institutions: location, founding and, where it applies, closure or merger, each with its original source and the words read there (in the institution’s panel and in the list’s CSV file). A location is either a coordinate stated by the source or a site (campus, premises) on which a source places the institution and whose coordinate is sourced; several institutions on one site are fanned out around it on the map. No sourced place, no point: networks without a building of their own are listed in their cluster’s panel.',
  },
  font: { de: 'Schrift: Source Sans 3, SIL Open Font License 1.1.', en: 'Typeface: Source Sans 3, SIL Open Font License 1.1.' },
  basemap: {
    de: 'Online-Hintergrundkarte (nur wenn eingeschaltet): © OpenStreetMap-Mitwirkende, ODbL.',
    en: 'Online basemap (only when switched on): © OpenStreetMap contributors, ODbL.',
  },
  methods: { de: 'Methoden', en: 'Methods' },
  lqMin: {
    de: 'Unter {n} Fällen gilt ein LQ als unsicher und wird nicht gereiht.',
    en: 'Below {n} cases an LQ counts as uncertain and is not ranked.',
  },
  schemes: {
    de: 'Einfärbung: Klassen nach Quantilen, gleichen Intervallen oder natürlichen Brüchen (Jenks).',
    en: 'Colouring: classes by quantiles, equal intervals or natural breaks (Jenks).',
  },
  privacy: { de: 'Datenschutz', en: 'Privacy' },
  privacyText: {
    de: 'Der Atlas fragt keinen fremden Server, setzt keine Cookies, speichert nichts über Sie und zählt keine Besuche. Eigene CSV-Dateien bleiben in Ihrem Browser. Damit der Atlas auch offline läuft, legt Ihr Browser ihn in seinem Cache ab. Nur die Online-Hintergrundkarte (ausgeschaltet, bis Sie sie einschalten) lädt Kacheln von tile.openstreetmap.org.',
    en: 'The atlas asks no other server, sets no cookies, stores nothing about you and counts no visits. Your own CSV files stay in your browser. So that the atlas also works offline, your browser keeps it in its cache. Only the online basemap (off until you switch it on) loads tiles from tile.openstreetmap.org.',
  },
  offline: { de: 'Ohne Netz', en: 'Without a network' },
  offlineReady: {
    de: 'Bereit: Dieser Browser hat den Atlas gespeichert; er läuft auch ohne Netz, etwa beim Vortrag ohne WLAN.',
    en: 'Ready: this browser has stored the atlas; it also runs without a network, e.g. for a talk without Wi-Fi.',
  },
  offlinePending: {
    de: 'Noch nicht bereit: Der Browser speichert den Atlas nach dem ersten Laden im Hintergrund (rund 4 MB).',
    en: 'Not ready yet: the browser stores the atlas in the background after the first load (about 4 MB).',
  },
  offlineUnavailable: {
    de: 'In diesem Browser nicht möglich (kein Service Worker).',
    en: 'Not possible in this browser (no service worker).',
  },
  version: { de: 'Version {version}', en: 'Version {version}' },
} satisfies Record<string, Text>;
