import { readFileSync } from 'node:fs';

const RUHR = /^(DG|05|05112|05113|05117|05119|05512|05513|05911|05913|05914|05915|05916|05170|05562|05954|05978);/;

/**
 * A SYNTHETIC export in the exact layout of Regionalstatistik 13111-07-05-4 (ISO-8859-1, preamble,
 * four header rows, rows "key;name;section;values", footer, CRLF as the site writes it): the real
 * 2020 file's lines for the Ruhr, NRW and Germany, re-dated 30.06.2021, every value +1 % and the
 * title marked "SYNTHETISCHE TESTWERTE". For import tests only; never shown as real.
 */
export function syntheticGenesis2021(): Buffer {
  const lines = new TextDecoder('windows-1252').decode(readFileSync('geodata/employment/raw/13111-07-05-4_2020.csv')).split('\n');
  const firstData = lines.findIndex((l) => /^DG;/.test(l));
  const footer = lines.findIndex((l) => l.startsWith('__________'));
  const preamble = lines
    .slice(0, firstData)
    .map((l, i) => (i === 1 ? l.replace(/;/, ' (SYNTHETISCHE TESTWERTE);') : l.replace('30.06.2020', '30.06.2021')));
  const rows = lines
    .slice(firstData, footer)
    .filter((l) => RUHR.test(l))
    .map((l) =>
      l
        .split(';')
        .map((c, i) => (i >= 3 && /^\d+$/.test(c) ? String(Math.round(Number(c) * 1.01)) : c))
        .join(';'),
    );
  const text = [...preamble, ...rows, ...lines.slice(footer)].join('\r\n');
  const bytes = Buffer.alloc(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) <= 0xff ? text.charCodeAt(i) : 0x3f;
  return bytes;
}

const FLAT_HEAD = [
  'statistics_code;statistics_label;time_code;time_label;time',
  ...[1, 2, 3, 4].map((n) => `${n}_variable_code;${n}_variable_label;${n}_variable_attribute_code;${n}_variable_attribute_label`),
  'value;value_unit;value_variable_code;value_variable_label',
].join(';');

/**
 * A SYNTHETIC export in the flat layout ("ffcsv") the Regionalstatistik web service writes: the
 * columns, codes and order of the real flat file of 13111-01-03-4 (geodata/employment/raw-totals/
 * 13111-01-03-4_2024_flat.csv: UTF-8 with BOM, region, nationality and sex variables) with a
 * fourth variable for the industry, whose attribute labels are those of the classic export of
 * 13111-07-05-4 (its variable and attribute codes, WZ08… , assumed). Values: the real 2020 file's
 * Ruhr rows re-dated 30.06.2021, every value +1 %, labelled SYNTHETISCHE TESTWERTE; a row for men
 * per region, which the reader must leave out. For import tests only; never shown as real.
 */
export function syntheticGenesisFlat2021(): Buffer {
  const lines = new TextDecoder('windows-1252').decode(readFileSync('geodata/employment/raw/13111-07-05-4_2020.csv')).split('\n');
  const out = [FLAT_HEAD];
  const statistic = '13111;Statistik der sozialversicherungspflichtig Beschäftigten (SYNTHETISCHE TESTWERTE);STAG;Stichtag;2021-06-30';
  const region = (key: string, name: string) =>
    key === 'DG'
      ? `DINSG;Deutschland;DG;Deutschland`
      : key.length === 2
        ? `DLAND;Bundesländer;${key};${name}`
        : `KREISE;Kreise und kreisfreie Städte;${key};${name}`;
  for (const line of lines.filter((l) => RUHR.test(l))) {
    const [key, name, label, total, men] = line.trim().split(';');
    const wz =
      label!.trim() === 'Insgesamt'
        ? 'WZ08X1;WZ2008 (Abschnitte);;Insgesamt'
        : `WZ08X1;WZ2008 (Abschnitte);WZ08-${label!.length};${label!.trim()}`;
    const value = (c: string) => (/^\d+$/.test(c) ? String(Math.round(Number(c) * 1.01)) : c);
    const tail = 'Anzahl;ERW032;Sozialversicherungspfl. Beschäftigte (Arbeitsort)';
    out.push(
      `${statistic};${region(key!, name!.trim())};${wz};NAT;Nationalität;;Insgesamt;GES;Geschlecht;;Insgesamt;${value(total!)};${tail}`,
    );
    out.push(
      `${statistic};${region(key!, name!.trim())};${wz};NAT;Nationalität;;Insgesamt;GES;Geschlecht;GESM;männlich;${value(men!)};${tail}`,
    );
  }
  return Buffer.from(`\ufeff${out.join('\r\n')}\r\n`, 'utf8');
}
