// Builds geodata/employment-totals-13111-01-03-4.json (`npm run employment:totals`): employees
// subject to social insurance at their place of work, all industries, 30 June, per Kreis, NRW and
// Germany, as far back and forward as stored copies of table 13111-01-03-4 reach, joined with the
// totals of the shipped section table (13111-07-05-4, 2015–2020). Every year comes from one file;
// where two files hold a year, the build fails unless they agree, so no figure is mixed or guessed.
import { readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';

const RAW = new URL('employment/raw-totals/', import.meta.url);
const KEY = /^(DG|05|\d{5})$/;
type Values = Map<string, Map<number, number>>; // key → year → employees
const names = new Map<string, string>();
const put = (into: Values, key: string, year: number, value: number) => {
  if (!into.has(key)) into.set(key, new Map());
  into.get(key)!.set(year, value);
};

/** 2008–2019: the table as an XLSX (a repository's download; its owner retitled the header rows). */
async function fromXlsx(): Promise<Values> {
  const out: Values = new Map();
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(new URL('13111-01-03-4_2008-2019.xlsx', RAW).pathname);
  let year = 0;
  book.getWorksheet('13111-01-03-4')!.eachRow((row) => {
    const [, first, name, total] = row.values as unknown[];
    const date = /^30\.06\.(\d{4})$/.exec(String(first ?? ''));
    if (date) year = Number(date[1]);
    else if (year && KEY.test(String(first)) && typeof total === 'number') put(out, String(first), year, total);
    if (year && KEY.test(String(first)) && typeof name === 'string') names.set(String(first), name.trim());
  });
  return out;
}

/** 2012–2015: the unmodified GENESIS CSV export (rows "30.06.2015;key;name;total;…"). */
function fromGenesisCsv(): Values {
  const out: Values = new Map();
  const rows = Papa.parse<string[]>(readFileSync(new URL('13111-01-03-4_2012-2015.csv', RAW), 'utf8'), { delimiter: ';' }).data;
  for (const [date, key, , total] of rows) {
    const year = /^30\.06\.(\d{4})$/.exec(date ?? '')?.[1];
    if (year && KEY.test((key ?? '').trim()) && /^\d+$/.test(total ?? '')) put(out, key!.trim(), Number(year), Number(total));
  }
  return out;
}

/** 2024: the flat CSV of the Regionalstatistik web service (one value per row). */
function fromFlatCsv(): Values {
  const out: Values = new Map();
  const text = readFileSync(new URL('13111-01-03-4_2024_flat.csv', RAW), 'utf8').replace(/^\ufeff/, '');
  const rows = Papa.parse<Record<string, string>>(text, { delimiter: ';', header: true }).data;
  for (const r of rows) {
    // All nationalities, both sexes: the attribute codes are empty for "Insgesamt".
    if (r['2_variable_attribute_code'] !== '' || r['3_variable_attribute_code'] !== '') continue;
    const key = r['1_variable_attribute_code'] ?? '';
    if (KEY.test(key) && /^\d+$/.test(r.value ?? '')) put(out, key, Number(r.time!.slice(0, 4)), Number(r.value));
  }
  return out;
}

/**
 * 2023: the web service's older flat CSV ("ffcsv", one value per row), as a test recording holds
 * it; "-" is no value. All nationalities, both sexes: the attribute codes are empty for "Insgesamt".
 */
function fromFfcsv(): Values {
  const out: Values = new Map();
  const text = readFileSync(new URL('13111-01-03-4_2023_ffcsv.csv', RAW), 'utf8');
  const rows = Papa.parse<Record<string, string>>(text, { delimiter: ';', header: true, skipEmptyLines: true }).data;
  for (const r of rows) {
    if (r['2_Auspraegung_Code'] !== '' || r['3_Auspraegung_Code'] !== '') continue;
    const key = r['1_Auspraegung_Code'] ?? '';
    const value = r['ERW032__Sozialversicherungspfl._Beschaeftigte_(Arbeitsort)__Anzahl'] ?? '';
    const year = /^30\.06\.(\d{4})$/.exec(r.Zeit ?? '')?.[1];
    if (year && KEY.test(key) && /^\d+$/.test(value)) put(out, key, Number(year), Number(value));
  }
  return out;
}

/** 2015–2020: the "total" of the shipped section table. */
function fromSectionTable(): Values {
  const out: Values = new Map();
  const t = JSON.parse(readFileSync(new URL('employment-13111-07-05-4.json', import.meta.url), 'utf8'));
  const at = t.sections.indexOf('total');
  for (const { key, name } of t.units) {
    names.set(key, name);
    t.years.forEach((year: number, i: number) => {
      const v = t.values[key][i][at];
      if (typeof v === 'number') put(out, key, year, v);
    });
  }
  return out;
}

const [xlsx, genesis, ffcsv, flat, sections] = [await fromXlsx(), fromGenesisCsv(), fromFfcsv(), fromFlatCsv(), fromSectionTable()];
// Which file gives which year; the others must agree where they overlap.
const plan: [Values, number[], string][] = [
  [xlsx, [2008, 2009, 2010, 2011], 'xlsx'],
  [genesis, [2012, 2013, 2014], 'genesis'],
  [sections, [2015, 2016, 2017, 2018, 2019, 2020], 'sections'],
  [ffcsv, [2023], 'ffcsv'],
  [flat, [2024], 'flat'],
];
// A second source for one 2023 figure: NRW in Destatis table 13111-0005 (by Land, quarterly), 30.06.2023,
// recorded in the same repository (tests/cassettes/13111-0005.yaml, commit 9caf2839ab928d482771402d0de2ce825f00b821).
if (ffcsv.get('05')?.get(2023) !== 7_281_274) throw new Error(`2023: NRW ${ffcsv.get('05')?.get(2023)} ≠ 7,281,274 (13111-0005)`);
const checks: [Values, Values, string][] = [
  [xlsx, genesis, 'xlsx = genesis export'],
  [xlsx, sections, 'xlsx = section table'],
  [genesis, sections, 'genesis export = section table'],
];
let compared = 0;
for (const [a, b, what] of checks) {
  for (const [key, years] of a) {
    for (const [year, value] of years) {
      const other = b.get(key)?.get(year);
      if (other === undefined) continue;
      compared++;
      if (other !== value) throw new Error(`${what}: ${key} ${year}: ${value} ≠ ${other}`);
    }
  }
}
const years = plan.flatMap(([, ys]) => ys);
const keys = [...sections.keys()].filter((k) => KEY.test(k));
const out = {
  sources: [
    {
      years: '2008–2011',
      table: '13111-01-03-4',
      file: 'employment/raw-totals/13111-01-03-4_2008-2019.xlsx',
      stand: '13.12.2020 / 23:22:46',
      audit:
        'github.com/eyayaw/housing-supply-elasticity-in-germany, data/raw/Regional-Atlas/13-Labor-Market/13-111/13111-01-03-4.xlsx, commit 210d536749e50591ceee9a40c7c0e3e43447767c (a Regionalstatistik XLSX download; the header rows retitled by the repository owner, the figures equal the unmodified exports in every overlapping year, checked by this build)',
    },
    {
      years: '2012–2014',
      table: '13111-01-03-4',
      file: 'employment/raw-totals/13111-01-03-4_2012-2015.csv',
      stand: '10.10.2017 / 17:36:39',
      audit:
        'github.com/datenguide/genesapi-data, src/13111-01-03-4_00.csv, commit 838afdc991ff05e99007ee148b8bd186d3a22676 (unmodified export)',
    },
    {
      years: '2015–2020',
      table: '13111-07-05-4',
      file: 'employment-13111-07-05-4.json',
      stand: '17.08.2021',
      audit: 'the shipped section table (total of all sections)',
    },
    {
      years: '2023',
      table: '13111-01-03-4',
      file: 'employment/raw-totals/13111-01-03-4_2023_ffcsv.csv',
      stand: 'table updated 26.06.2024; retrieved from the Regionalstatistik web service on 29.06.2024',
      audit:
        'github.com/CorrelAid/pystatis, tests/cassettes/13111-01-03-4.yaml, commit 9caf2839ab928d482771402d0de2ce825f00b821 (the recorded response body of data/tablefile?name=13111-01-03-4&format=ffcsv, a YAML string: its characters as served, stored as UTF-8; NRW equals Destatis table 13111-0005, checked by this build)',
    },
    {
      years: '2024',
      table: '13111-01-03-4',
      file: 'employment/raw-totals/13111-01-03-4_2024_flat.csv',
      stand: 'retrieved from the Regionalstatistik web service on 10.04.2025',
      audit:
        'github.com/CorrelAid/pystatis, tests/cassettes/13111-01-03-4.yaml (the recorded response, a zip with 13111-01-03-4_1744312865065_de_flat.csv), commit 1805d3fb3b25bbd0412c09031f9b15b7bb8fd569',
    },
  ],
  publisher:
    'Statistische Ämter des Bundes und der Länder, Regionaldatenbank Deutschland (regionalstatistik.de); Daten der Bundesagentur für Arbeit',
  licence: 'Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0)',
  url: 'https://www.regionalstatistik.de/genesis/online?operation=table&code=13111-01-03-4',
  measure: 'SV-Beschäftigte am Arbeitsort, alle Wirtschaftszweige, 30.06.',
  missing: '2021–2022: no stored copy found',
  years,
  units: keys.map((key) => ({ key, name: names.get(key) ?? key })),
  // values[unit] = employees per year (in `years` order); null where that year's file has no row.
  values: Object.fromEntries(keys.map((k) => [k, plan.flatMap(([from, ys]) => ys.map((y) => from.get(k)?.get(y) ?? null))])),
};
writeFileSync(new URL('employment-totals-13111-01-03-4.json', import.meta.url), `${JSON.stringify(out)}\n`);
console.log(`${keys.length} units, ${years.join(', ')}; ${compared} overlapping figures agree`);
