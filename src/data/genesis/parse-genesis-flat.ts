import Papa from 'papaparse';
import { cellOf } from './genesis-cell';
import type { GenesisEmployment } from './genesis-employment';
import { sectionCodeOf } from './section-codes';

/** The header of the flat CSV that GENESIS and the Regionalstatistik write ("ffcsv"): one value per row. */
export const FLAT_HEADER = /^\ufeff?statistics_code;statistics_label;time_code;time_label;time;1_variable_code/;

/** The variables that name the region of a row, and the key each gives. */
const REGION_VARIABLES = new Set(['DINSG', 'DLAND', 'KREISE', 'GEMEINDE']);

/**
 * Reads the flat CSV of a GENESIS / Regionalstatistik table of employees (13111-…): a column per
 * variable (`n_variable_code`, its attribute's code and label), the value and its unit. Kept: the
 * rows of the total of every variable that is neither the region nor the industry (all
 * nationalities, both sexes: an empty attribute code); the industry is read from its attribute's
 * label ("… (G-I)", "Insgesamt"), so a table without one gives the total only. Markers stay markers.
 */
export function parseGenesisFlat(text: string): GenesisEmployment {
  const rows = Papa.parse<Record<string, string>>(text.replace(/^\ufeff/, ''), { delimiter: ';', header: true, skipEmptyLines: true });
  const variables = (rows.meta.fields ?? []).flatMap((f) => (/^(\d+)_variable_code$/.exec(f) ? [Number(f.split('_')[0])] : []));
  const result: GenesisEmployment = { table: '', title: '', years: [], units: [], sections: [], cells: new Map(), issues: [] };
  const units = new Map<string, string>();
  const sections = new Set<string>();
  const years = new Set<number>();
  rows.data.forEach((row, i) => {
    const line = i + 2;
    result.table ||= row.statistics_code ?? '';
    result.title ||= row.value_variable_label ?? row.statistics_label ?? '';
    let key: string | undefined;
    let section: string | undefined = 'total';
    let total = true;
    for (const n of variables) {
      const code = row[`${n}_variable_code`] ?? '';
      const attribute = row[`${n}_variable_attribute_code`] ?? '';
      const label = row[`${n}_variable_attribute_label`] ?? '';
      if (REGION_VARIABLES.has(code)) {
        key = attribute;
        if (key) units.set(key, label);
      } else if (code.startsWith('WZ')) section = attribute === '' ? 'total' : sectionCodeOf(label);
      else if (attribute !== '') total = false;
    }
    if (!total) return;
    const year = Number(/^(\d{4})/.exec(row.time ?? '')?.[1]);
    if (!key || !year) return void result.issues.push({ line, reason: 'kein Regionalschlüssel oder Stichtag / no region key or date' });
    if (!section) return void result.issues.push({ line, reason: 'Wirtschaftszweig nicht erkannt / section not recognised' });
    const cell = cellOf(row.value ?? '');
    if (typeof cell === 'string') return void result.issues.push({ line, reason: cell });
    years.add(year);
    sections.add(section);
    result.cells.set(`${key}|${year}|${section}`, cell);
  });
  result.years = [...years].sort();
  result.units = [...units].map(([key, name]) => ({ key, name }));
  result.sections = [...sections];
  return result;
}
