import { normalizeText } from '../normalize-text';
import { isNoValueMarker, parseNumber } from './parse-number';

export interface CsvIssue {
  /** 1-based line number in the file (the header is line 1). */
  line: number;
  reason: string;
}

export interface ImportedColumn {
  name: string;
  /** Counted from the user's own points (kept in step with their filters), not read from a CSV column. */
  fromPoints?: true;
  /** AGS -> value. */
  values: Record<string, number>;
}

export interface CsvImport {
  keyColumn: string;
  columns: ImportedColumn[];
  matchedRows: number;
  /** The first MAX_ISSUES issues; a nationwide file has thousands of rows outside the RVR. */
  issues: CsvIssue[];
  /** How many more issues there were. */
  moreIssues: number;
}

const MAX_ISSUES = 100;

export interface MunicipalityKeys {
  ags: ReadonlySet<string>;
  /** Normalised name -> AGS. */
  byName: ReadonlyMap<string, string>;
}

const KEY_HEADER =
  /^(ags|gemeindeschl|amtl.*schl|regionalschl|rs$|gkz|kennziffer|schl(ue|ü)ssel|gemeinde|kommune|name|stadt|municipality)/i;

/** The AGS a key cell names: 8 digits, a 12-digit Regionalschlüssel, a 5-digit key of a kreisfreie Stadt, or a name. */
function resolveKey(cell: string, keys: MunicipalityKeys): { ags?: string; why?: string } {
  const raw = cell.trim().replace(/^'/, '');
  const digits = raw.replace(/\s/g, '');
  if (/^\d{7,8}$/.test(digits)) {
    const ags = digits.padStart(8, '0');
    return keys.ags.has(ags) ? { ags } : { why: `AGS ${ags} ist keine RVR-Kommune / not an RVR municipality` };
  }
  if (/^\d{12}$/.test(digits)) {
    const ags = digits.slice(0, 5) + digits.slice(9);
    return keys.ags.has(ags) ? { ags } : { why: `Regionalschlüssel ${digits} ist keine RVR-Kommune / not an RVR municipality` };
  }
  if (/^\d{4,5}$/.test(digits)) {
    const ags = `${digits.padStart(5, '0')}000`;
    return keys.ags.has(ags)
      ? { ags }
      : {
          why: `Kreisschlüssel ${digits}: ein Kreis lässt sich nicht auf Kommunen aufteilen / a Kreis cannot be split into municipalities`,
        };
  }
  const byName = keys.byName.get(normalizeText(raw.replace(/,\s*(stadt|gemeinde)$/i, '')));
  return byName ? { ags: byName } : { why: `unbekannter Schlüssel / unknown key "${raw.slice(0, 40)}"` };
}

/**
 * Joins CSV rows to the municipalities, one row at a time, so a large file never has to be held
 * as rows. The key column is found by its header; every other column with numbers becomes an
 * indicator. Unknown keys, duplicates and non-numbers are reported by line; the rest loads.
 */
export function createCsvJoin(headerRow: string[], keys: MunicipalityKeys, decimalComma: boolean) {
  const issues: CsvIssue[] = [];
  let moreIssues = 0;
  const report = (issue: CsvIssue) => {
    if (issues.length < MAX_ISSUES) issues.push(issue);
    else moreIssues++;
  };
  const header = headerRow.map((h) => h.trim());
  if (header.length < 2)
    throw new Error('Die Datei hat keine Kopfzeile mit mindestens zwei Spalten / the file has no header with at least two columns');
  let keyIndex = header.findIndex((h) => KEY_HEADER.test(h));
  if (keyIndex === -1) keyIndex = 0;
  const valueIndexes = header.map((_, i) => i).filter((i) => i !== keyIndex);
  const columns = valueIndexes.map((i) => ({
    name: header[i] || `Spalte ${i + 1}`,
    values: {} as Record<string, number>,
    numbers: 0,
    bad: 0,
    noValue: 0,
    dashZero: 0,
  }));
  const seen = new Map<string, number>();
  let matchedRows = 0;
  return {
    /** `line`: the row's 1-based line in the file (the header is line 1). */
    add(row: string[], line: number): void {
      if (row.every((c) => c.trim() === '')) return;
      const { ags, why } = resolveKey(row[keyIndex] ?? '', keys);
      if (!ags) {
        report({ line, reason: why! });
        return;
      }
      if (seen.has(ags)) {
        report({ line, reason: `doppelt (schon in Zeile ${seen.get(ags)}) / duplicate (already in line ${seen.get(ags)})` });
        return;
      }
      seen.set(ags, line);
      matchedRows++;
      valueIndexes.forEach((i, c) => {
        const cell = row[i] ?? '';
        const value = parseNumber(cell, decimalComma);
        if (isNoValueMarker(cell)) columns[c]!.noValue++;
        if (/^\s*[-–]\s*$/.test(cell)) columns[c]!.dashZero++;
        if (value === null) return;
        if (Number.isNaN(value)) {
          columns[c]!.bad++;
          if (columns[c]!.bad <= 3)
            report({ line, reason: `"${columns[c]!.name}": keine Zahl / not a number: "${(row[i] ?? '').slice(0, 20)}"` });
          return;
        }
        columns[c]!.values[ags] = value;
        columns[c]!.numbers++;
      });
    },
    result(): CsvImport {
      const numeric = columns.filter((c) => c.numbers > 0);
      for (const c of columns) {
        if (c.numbers === 0)
          report({
            line: 1,
            reason: `Spalte "${c.name}" enthält keine Zahlen und wurde übersprungen / column has no numbers and was skipped`,
          });
        if (c.noValue > 0)
          report({
            line: 1,
            reason: `"${c.name}": ${c.noValue} Zellen mit „.“, „x“ oder „/“ (unbekannt, geheim, nicht sinnvoll) bleiben ohne Wert / cells without a value`,
          });
        if (c.dashZero > 0)
          report({
            line: 1,
            reason: `"${c.name}": ${c.dashZero} Zellen „-“ als 0 gelesen (Destatis: nichts vorhanden) / cells "-" read as 0`,
          });
      }
      return {
        keyColumn: header[keyIndex]!,
        columns: numeric.map(({ name, values }) => ({ name, values })),
        matchedRows,
        issues,
        moreIssues,
      };
    },
  };
}
