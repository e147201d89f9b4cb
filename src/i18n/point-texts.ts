import type { Text } from '../domain/text';

/** The own points' panel texts (loaded with it, not with the first view). */
export const POINT_TEXTS = {
  title: { de: 'Eigene Punkte', en: 'Own points' },
  shown: {
    de: '{shown} von {all} Punkten gezeigt, {inside} davon in RVR-Kommunen',
    en: '{shown} of {all} points shown, {inside} of them in RVR municipalities',
  },
  read: {
    de: '{rows} Punkte gelesen ({crs}, Spalten {x} und {y}){label}; {outside} außerhalb der RVR-Kommunen',
    en: '{rows} points read ({crs}, columns {x} and {y}){label}; {outside} outside the RVR municipalities',
  },
  labelColumn: { de: ', Namen aus {column}', en: ', names from {column}' },
  all: { de: 'alle', en: 'all' },
  none: { de: 'keine', en: 'none' },
  empty: { de: '(leer)', en: '(empty)' },
  noFilter: {
    de: 'Keine Spalte mit höchstens 32 verschiedenen Werten zum Filtern.',
    en: 'No column with at most 32 distinct values to filter by.',
  },
  sampled: {
    de: 'Dieser Browser zeichnet ohne Grafikprozessor (Software-WebGL). Gezeichnet sind {drawn} der {inView} gezeigten Punkte in diesem Ausschnitt, eine feste Stichprobe; beim Hineinzoomen werden es mehr, bis alle da sind. Zahlen und Exporte umfassen alle Punkte.',
    en: 'This browser draws without a graphics processor (software WebGL). {drawn} of the {inView} shown points in this view are drawn, a fixed sample; zooming in draws more until all are there. Counts and exports include every point.',
  },
  inView: {
    de: 'Dieser Browser zeichnet ohne Grafikprozessor (Software-WebGL). Gezeichnet sind die gezeigten Punkte in diesem Ausschnitt, hier alle {drawn}; weiter herausgezoomt eine feste Stichprobe. Zahlen und Exporte umfassen alle Punkte.',
    en: 'This browser draws without a graphics processor (software WebGL). The shown points in this view are drawn, here all {drawn}; zoomed further out, a fixed sample. Counts and exports include every point.',
  },
  drawnAll: {
    de: 'Dieser Browser zeichnet ohne Grafikprozessor (Software-WebGL): alle {drawn} Punkte zu zeichnen dauert hier Sekunden je Bild.',
    en: 'This browser draws without a graphics processor (software WebGL): drawing all {drawn} points takes seconds per frame here.',
  },
  drawAll: { de: 'Alle Punkte zeichnen (langsam)', en: 'Draw every point (slow)' },
  colourNote: { de: 'Farbe: {column}', en: 'Colour: {column}' },
  countsNote: {
    de: 'Die Karte ist nach der Zahl der gezeigten Punkte je Kommune gefärbt (Kreise: Summe); der Vergleich und die Regionstabelle führen sie als eigene Spalte.',
    en: 'The map is coloured by the number of shown points per municipality (Kreise: sum); the comparison and the region table list it as an own column.',
  },
  exportCounts: { de: 'Anzahl je Kommune und Kreis', en: 'Counts per municipality and Kreis' },
  exportPoints: { de: 'Gezeigte Punkte mit Kommune', en: 'Shown points with municipality' },
  remove: { de: 'Punkte entfernen', en: 'Remove points' },
  line: { de: 'Zeile', en: 'line' },
  outsideRvr: { de: 'außerhalb der RVR-Kommunen', en: 'outside the RVR municipalities' },
  level: { de: 'Ebene', en: 'Level' },
  municipality: { de: 'Kommune', en: 'Municipality' },
  kreis: { de: 'Kreis', en: 'Kreis' },
  count: { de: 'Anzahl Punkte', en: 'Number of points' },
  filter: { de: 'Filter', en: 'Filter' },
  tiles: {
    de: 'Vektorkacheln (PMTiles) mit {points} Punkten; gelesen werden nur die Kacheln im Ausschnitt, herausgezoomt zu Gruppen mit ihrer Anzahl zusammengefasst',
    en: 'vector tiles (PMTiles) with {points} points; only the tiles in view are read, zoomed out grouped with their count',
  },
} satisfies Record<string, Text>;
