// Builds geodata/employment-13111-07-05-4.json from the unmodified Regionalstatistik CSV exports in
// geodata/employment/raw/ (`npm run employment`), with the app's own importer
// (src/data/genesis/parse-genesis-employment.ts): the shipped data is read exactly as a planner's
// downloaded file would be. Every Kreis and kreisfreie Stadt, NRW and Germany; markers kept.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseGenesisEmployment } from '../src/data/genesis/parse-genesis-employment';
import { SECTION_NAMES } from '../src/data/genesis/section-codes';
import type { EmploymentCell } from '../src/domain/employment';

const dir = new URL('employment/raw/', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => /^13111-07-05-4_\d{4}\.csv$/.test(f))
  .sort();
const SECTIONS = [...Object.keys(SECTION_NAMES), 'total'];
const units = new Map<string, string>();
const cells = new Map<string, EmploymentCell>();
const years: number[] = [];
for (const file of files) {
  const parsed = parseGenesisEmployment(new TextDecoder('windows-1252').decode(readFileSync(new URL(file, dir))));
  if (parsed.table !== '13111-07-05-4') throw new Error(`${file}: table ${parsed.table}`);
  years.push(...parsed.years);
  // The 8-digit rows are parts of Region Hannover and Aachen; the atlas compares Kreise.
  for (const u of parsed.units) if (u.key === 'DG' || u.key === '05' || u.key.length === 5) units.set(u.key, u.name.replace(/\s+/g, ' '));
  for (const [k, v] of parsed.cells) cells.set(k, v);
}
const encode = (c: EmploymentCell | undefined) => (c === undefined ? null : 'value' in c ? c.value : c.marker);
const out = {
  source: {
    table: '13111-07-05-4',
    title:
      'Sozialversicherungspflichtig Beschäftigte am Arbeitsort nach Geschlecht, Nationalität und Wirtschaftszweigen – Stichtag 30.06. – Kreise u. krfr. Städte',
    publisher:
      'Statistische Ämter des Bundes und der Länder, Regionaldatenbank Deutschland (regionalstatistik.de); Daten der Bundesagentur für Arbeit',
    reference_date: '30.06.',
    retrieved: "17.08.2021 (Stand in the files' footer)",
    licence: 'Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0)',
    url: 'https://www.regionalstatistik.de/genesis/online?operation=table&code=13111-07-05-4',
    audit:
      'github.com/prototypefund/klinik-db-qbgbaExtraData, data-raw/socialInsuranceWorkplaceSectors/13111-07-05-4_{2015..2020}.csv, commit 25d109f41f91b3fbe81c844df1bbff51741ba5ba (unmodified exports, copied to geodata/employment/raw/)',
  },
  measure: 'SV-Beschäftigte am Arbeitsort (Insgesamt)',
  years,
  sections: SECTIONS,
  units: [...units].map(([key, name]) => ({ key, name })),
  // values[unit][year] = one entry per section (in `sections` order): a number or a marker.
  values: Object.fromEntries(
    [...units.keys()].map((key) => [key, years.map((y) => SECTIONS.map((s) => encode(cells.get(`${key}|${y}|${s}`))))]),
  ),
};
writeFileSync(new URL('employment-13111-07-05-4.json', import.meta.url), `${JSON.stringify(out)}\n`);
console.log(`${out.units.length} units, ${years.join(', ')}, ${SECTIONS.length} sections`);
