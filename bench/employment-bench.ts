import { readdirSync, readFileSync } from 'node:fs';
import { employmentProfile } from '../src/analysis/employment-profile';
import { decodeText } from '../src/data/csv/decode-text';
import { parseGenesisEmployment } from '../src/data/genesis/parse-genesis-employment';
import { validateEmployment } from '../src/data/validate-employment';

/**
 * The official employment exports as a planner drops them: each of the six nationwide files of
 * table 13111-07-05-4 (every Land and Kreis × 14 section groups, one year each) decoded and parsed
 * with the app's importer; then the four-place comparison's profiles on the shipped table.
 */
export function benchEmployment(): { files: number; rows: number; parseMs: number; perFileMs: number; profilesMs: number } {
  const dir = 'geodata/employment/raw/';
  const files = readdirSync(dir).filter((f) => f.endsWith('.csv'));
  let rows = 0;
  const t0 = performance.now();
  for (const f of files) {
    const parsed = parseGenesisEmployment(decodeText(new Uint8Array(readFileSync(dir + f))).text);
    rows += parsed.units.length * parsed.sections.length;
  }
  const parseMs = performance.now() - t0;
  const table = validateEmployment('e', JSON.parse(readFileSync('geodata/employment-13111-07-05-4.json', 'utf8')));
  const t1 = performance.now();
  for (const unit of ['05911', '05913', '05113', '05112']) employmentProfile(table, unit, { reference: '05', start: 2015, end: 2020 });
  return { files: files.length, rows, parseMs, perFileMs: parseMs / files.length, profilesMs: performance.now() - t1 };
}
