import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCsv } from '../../src/data/csv/import-csv';
import { parseNumber } from '../../src/data/csv/parse-number';
import { indexMunicipalities, validateMunicipalities } from '../../src/data/validate-municipalities';
import { normalizeText } from '../../src/data/normalize-text';
import { syntheticNationwideCsv } from '../../tools/synthetic-csv';

const municipalities = indexMunicipalities(
  validateMunicipalities('m', JSON.parse(readFileSync('geodata/ruhr-municipalities.geojson', 'utf8'))),
);
const keys = {
  ags: new Set(municipalities.keys()),
  byName: new Map([...municipalities.values()].map((m) => [normalizeText(m.name), m.ags])),
};
const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/${name}`));

describe('parseNumber', () => {
  it('reads German and international notation', () => {
    expect(parseNumber('1.234,5', true)).toBe(1234.5);
    expect(parseNumber('12,5', true)).toBe(12.5);
    expect(parseNumber('1,500.25', false)).toBe(1500.25);
    expect(parseNumber('', true)).toBeNull();
    expect(parseNumber('abc', true)).toBeNaN();
  });

  it('reads the statistics offices\' signs as they mean them: "-" zero, ".", "x", "/" no value', () => {
    expect(parseNumber('-', true)).toBe(0);
    for (const m of ['.', 'x', '/']) expect(parseNumber(m, true)).toBeNull();
  });

  it('never guesses: the other convention, a line break inside a cell or "Infinity" is no number', () => {
    expect(parseNumber('1,234.5', true)).toBeNaN();
    expect(parseNumber('1.234,5', false)).toBeNaN();
    expect(parseNumber('12.5', true)).toBeNaN();
    expect(parseNumber('1\n234', true)).toBeNaN();
    expect(parseNumber('Infinity', false)).toBeNaN();
    expect(parseNumber('1 234,5', true)).toBe(1234.5);
  });
});

describe('importCsv on nasty files', () => {
  it('reads a German file: BOM, semicolons, decimal comma, thousands dot, quoted fields', () => {
    const r = importCsv(fixture('german-semicolon-bom.csv'), keys);
    expect(r).toMatchObject({ encoding: 'utf-8', delimiter: ';', keyColumn: 'Gemeindeschlüssel', matchedRows: 3 });
    const names = r.columns.map((c) => c.name);
    expect(names).toContain('Testwert; mit Semikolon');
    const test = r.columns.find((c) => c.name === 'Testwert; mit Semikolon')!;
    expect(test.values).toEqual({ '05911000': 1234.5, '05112000': 987, '05117000': 2000 });
    expect(r.columns.find((c) => c.name === 'Anteil')!.values['05911000']).toBe(12.5);
  });

  it('reads Windows-1252 and matches umlaut names', () => {
    const r = importCsv(fixture('windows-1252.csv'), keys);
    expect(r.encoding).toBe('windows-1252');
    expect(r.columns[0]!.values).toEqual({ '05117000': 10, '05978012': 20, '05170016': 30 });
  });

  it('reads international notation, 12-digit Regionalschlüssel and 5-digit keys of kreisfreie Städte', () => {
    const r = importCsv(fixture('international.csv'), keys);
    expect(r.delimiter).toBe(',');
    expect(r.columns[0]!.values).toEqual({ '05913000': 1500.25, '05911000': 3.5, '05916000': 4 });
  });

  it('reports unknown keys, duplicates, Kreis keys and non-numbers by line, and loads the rest', () => {
    const r = importCsv(fixture('broken.csv'), keys);
    expect(r.matchedRows).toBe(3);
    expect(r.columns.map((c) => c.name)).toEqual(['Testwert']);
    expect(r.columns[0]!.values).toEqual({ '05911000': 1, '05913000': 6 });
    const byLine = Object.fromEntries(r.issues.map((i) => [i.line, i.reason]));
    expect(byLine[3]).toMatch(/99999999/);
    expect(byLine[4]).toMatch(/doppelt.*Zeile 2/);
    expect(byLine[5]).toMatch(/Kreis/);
    expect(byLine[6]).toMatch(/keine Zahl/);
    expect(byLine[7]).toMatch(/Hinterdupfing/);
    expect(byLine[1]).toMatch(/Text.*keine Zahlen/);
  });

  it('refuses an empty file and a binary file with a clear message', () => {
    expect(() => importCsv(fixture('empty.csv'), keys)).toThrow(/leer/);
    expect(() => importCsv(fixture('binary.csv'), keys)).toThrow(/keine Textdatei/);
  });

  it('loads the 53 RVR rows of a nationwide table, lists the first 100 notes and counts the rest', () => {
    const bytes = syntheticNationwideCsv([...keys.ags], 2_000_000);
    const rows = bytes.reduce((n, b) => n + (b === 10 ? 1 : 0), 0);
    const shares: number[] = [];
    const r = importCsv(bytes, keys, (share) => shares.push(share));
    expect(r.matchedRows).toBe(53);
    expect(r.columns.map((c) => Object.keys(c.values).length)).toEqual([53, 53]);
    expect(r.issues).toHaveLength(100);
    expect(r.issues.length + r.moreIssues).toBe(rows - 53);
    // Progress rises and stays within the file.
    expect(shares.length).toBeGreaterThan(0);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(Math.max(...shares)).toBeLessThanOrEqual(1);
  });

  it('detects tab and pipe delimiters, and explains a file it cannot split into columns', () => {
    const text = (t: string) => new TextEncoder().encode(t);
    expect(importCsv(text('AGS\tWert\n05911000\t1,5\n'), keys)).toMatchObject({ delimiter: '\t', matchedRows: 1 });
    expect(importCsv(text('AGS|Wert\n05911000|2\n'), keys)).toMatchObject({ delimiter: '|', matchedRows: 1 });
    expect(() => importCsv(text('AGS:Wert\n05911000:2\n'), keys)).toThrow(/Kopfzeile mit mindestens zwei Spalten/);
  });
});

describe('importCsv never lies about a file', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  const utf16 = (s: string, bom: boolean, bigEndian = false) => {
    const out = new Uint8Array((bom ? 2 : 0) + s.length * 2);
    if (bom) out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      const at = (bom ? 2 : 0) + i * 2;
      out[at + (bigEndian ? 1 : 0)] = c & 0xff;
      out[at + (bigEndian ? 0 : 1)] = c >> 8;
    }
    return out;
  };
  const table = 'AGS;Wert\n05911000;1.234\n05112000;2\n05113000;3\n05913000;4\n';

  it('reads a file that mixes CR, LF and CRLF line endings row by row', () => {
    const mixed = 'AGS;Wert\r\n05911000;1\r05112000;2\n05113000;3\r\n05913000;4\n';
    const r = importCsv(bytes(mixed), keys);
    expect(r.matchedRows).toBe(4);
    expect(r.columns[0]!.values).toEqual({ '05911000': 1, '05112000': 2, '05113000': 3, '05913000': 4 });
  });

  it('reads UTF-16 with and without a byte-order mark', () => {
    for (const [b, big] of [
      [true, false],
      [false, false],
      [true, true],
    ] as const) {
      const r = importCsv(utf16(table, b, big), keys);
      expect(r.encoding).toBe(big ? 'utf-16be' : 'utf-16le');
      expect(r.columns[0]!.values['05911000']).toBe(1234);
    }
  });

  it('names the line of a quote that is never closed instead of swallowing the rest', () => {
    const broken = 'AGS;Wert\n05911000;1\n05112000;"2\n05113000;3\n05913000;4\n';
    expect(() => importCsv(bytes(broken), keys)).toThrow(/Zeile 3: ein Anführungszeichen wird nicht geschlossen/);
  });

  it('refuses 10,000 columns with a message instead of freezing the list', () => {
    const wide = `AGS;${Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(';')}\n05911000;${Array(10_000).fill('1').join(';')}\n`;
    expect(() => importCsv(bytes(wide), keys)).toThrow(/10001 Spalten, höchstens 500/);
  });

  it('says how many cells had no value or a "-" read as zero', () => {
    const r = importCsv(bytes('AGS;Wert\n05911000;.\n05112000;-\n05113000;x\n05913000;4\n'), keys);
    expect(r.columns[0]!.values).toEqual({ '05112000': 0, '05913000': 4 });
    expect(r.issues.map((i) => i.reason).join(' ')).toMatch(/2 Zellen mit „\.“, „x“ oder „\/“.*1 Zellen „-“ als 0 gelesen/);
  });
});

describe('importCsv on an official export as downloaded', () => {
  // SYNTHETIC values in the exact layout of a Landesdatenbank NRW export (table 12411-15i as
  // IT.NRW writes it: title, three rows of headings, a date column before the key, footer).
  const layout = [
    'Tabelle: 12411-15i',
    'Katasterfläche (qkm), Bevölkerung und Bevölkerungsdichte - Stichtag - Gemeinden (SYNTHETISCHE TESTWERTE);;;;;',
    ';;;Fortschreibung des Bevölkerungsstandes;Flächenerhebung nach Art der tatsächlichen Nutzung;Fortschreibung des Bevölkerungsstandes',
    ';;;Bevölkerungsstand (Basis Zensus 2022 und früher);Bodenfläche (Katasterfläche) in qkm;Bevölkerungsdichte',
    ';;;Anzahl;qkm;EW pro qkm',
    '31.12.2024;05;Nordrhein-Westfalen;1000;10,5;95,2',
    '31.12.2024;05112;    Duisburg, krfr. Stadt;500;5,25;95,2',
    '31.12.2024;05562024;      Marl, Stadt;300;3,5;85,7',
    '31.12.2024;05911;    Bochum, krfr. Stadt;200;2,0;100,0',
    '__________',
    '© IT.NRW, Düsseldorf, 2026. Dieses Werk ist lizenziert unter der Datenlizenz Deutschland - Namensnennung - Version 2.0.',
    'Stand: 01.12.2026',
  ].join('\n');
  const latin1 = (s: string) => Uint8Array.from([...s].map((c) => (c.charCodeAt(0) <= 0xff ? c.charCodeAt(0) : 0x3f)));

  it('finds the real column names in the heading rows, the key after the date, and stops at the footer', () => {
    const r = importCsv(latin1(layout), keys);
    expect(r.encoding).toBe('windows-1252');
    expect(r.keyColumn).toBe('Schlüssel');
    expect(r.matchedRows).toBe(3);
    const names = r.columns.map((c) => c.name);
    expect(names).toContain('Fortschreibung des Bevölkerungsstandes · Bevölkerungsstand (Basis Zensus 2022 und früher) · Anzahl');
    expect(names).toContain('Flächenerhebung nach Art der tatsächlichen Nutzung · Bodenfläche (Katasterfläche) in qkm · qkm');
    expect(names.some((n) => /^Spalte \d/.test(n))).toBe(false);
    expect(r.columns.find((c) => c.name.endsWith('Anzahl'))!.values).toEqual({ '05112000': 500, '05562024': 300, '05911000': 200 });
    // The footer's lines are not data: no "unknown key" for the © line.
    expect(r.issues.some((i) => /IT\.NRW|Stand/.test(i.reason))).toBe(false);
  });

  it('reads an INKAR export: names over years, all cells quoted, UTF-8 with BOM and CRLF', () => {
    // SYNTHETIC values in the exact INKAR layout (BBSR, www.inkar.de).
    const inkar =
      '\ufeffKennziffer;Raumeinheit;Aggregat;Haushalte mit niedrigem Einkommen;Ausländeranteil\r\n' +
      ';;;2016;2017\r\n' +
      '"05911";"Bochum, Stadt";"krsfr. Stadt";"37,2";"1.010"\r\n' +
      '"05112";"Duisburg, Stadt";"krsfr. Stadt";"39,9";"2.424"\r\n' +
      '"05978";"Unna";"Landkreis";"30,1";"8,5"\r\n';
    const r = importCsv(new TextEncoder().encode(inkar), keys);
    expect(r.keyColumn).toBe('Schlüssel');
    expect(r.columns.map((c) => c.name)).toEqual(['Haushalte mit niedrigem Einkommen · 2016', 'Ausländeranteil · 2017']);
    expect(r.columns[1]!.values).toEqual({ '05911000': 1010, '05112000': 2424 });
    // A Kreis's figure cannot be given to its municipalities: said, not spread.
    expect(r.issues.some((i) => /Kreisschlüssel 05978/.test(i.reason))).toBe(true);
  });
});
