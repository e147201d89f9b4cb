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
