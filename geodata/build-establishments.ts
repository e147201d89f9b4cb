// Builds geodata/establishments-52111-02-01-4.json from the unmodified Regionalstatistik CSV export
// in geodata/establishments/raw/ (`npm run establishments`), with the app's own reader
// (src/data/genesis/parse-genesis-establishments.ts). Every Kreis and kreisfreie Stadt, NRW and
// Germany, in the export's latest year: the strong-cluster test compares establishments among all
// German Kreise in one year. Markers kept.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseGenesisEstablishments } from '../src/data/genesis/parse-genesis-establishments';
import type { EmploymentCell } from '../src/domain/employment';

const FILE = 'establishments/raw/52111-02-01-4_2006-2014.csv';
const parsed = parseGenesisEstablishments(readFileSync(new URL(FILE, import.meta.url), 'utf8'));
if (parsed.table !== '52111-02-01-4') throw new Error(`${FILE}: table ${parsed.table}`);
if (parsed.issues.length) throw new Error(`${FILE}: ${parsed.issues.map((i) => `line ${i.line}: ${i.reason}`).join('; ')}`);
const year = Math.max(...parsed.years);
// Kreise of the latest year only: the export also lists Kreise merged away before it, with "-".
const counted = (key: string) => {
  const total = parsed.cells.get(`${key}|${year}|total`);
  return total !== undefined && 'value' in total && total.value > 0;
};
const units = parsed.units.filter((u) => (u.key === 'DG' || u.key === '05' || u.key.length === 5) && counted(u.key));
const encode = (c: EmploymentCell | undefined) => (c === undefined ? null : 'value' in c ? c.value : c.marker);
const out = {
  source: {
    table: '52111-02-01-4',
    title: 'Unternehmensregister-System (URS), Betriebe nach Wirtschaftsabschnitten – Jahr – Kreise und krfr. Städte',
    publisher: 'Statistische Ämter des Bundes und der Länder, Regionaldatenbank Deutschland (regionalstatistik.de)',
    reference_date: `${year} (Berichtsjahr)`,
    retrieved: "10.10.2017 (Stand in the file's footer)",
    licence: 'Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0)',
    url: 'https://www.regionalstatistik.de/genesis/online?operation=table&code=52111-02-01-4',
    audit:
      'github.com/datenguide/genesapi-data, src/52111-02-01-4_00.csv, commit 838afdc991ff05e99007ee148b8bd186d3a22676 (unmodified export, 2006–2014, copied to geodata/establishments/raw/)',
  },
  measure: 'Betriebe (Unternehmensregister)',
  year,
  sections: parsed.sections,
  units: units.map((u) => ({ key: u.key, name: u.name.replace(/\s+/g, ' ') })),
  // values[unit] = one entry per section (in `sections` order): a number or a marker.
  values: Object.fromEntries(units.map((u) => [u.key, parsed.sections.map((s) => encode(parsed.cells.get(`${u.key}|${year}|${s}`)))])),
};
writeFileSync(new URL('establishments-52111-02-01-4.json', import.meta.url), `${JSON.stringify(out)}\n`);
console.log(`${out.units.length} units, ${year}, ${out.sections.length} sections`);
