import { csvNumber } from './compare-table';
import { CSV_HEADINGS, CSV_WORDS } from '../i18n/csv-words';
import type { Lang } from '../i18n/i18n';
import { say } from '../i18n/localized';
import type { EmploymentProfile, ProfileRequest } from './employment-profile';

/**
 * The employment comparison as CSV rows, one per place and section: every figure the view shows,
 * numbers and flags in separate columns (a spreadsheet can sort and filter them), the reference
 * economy and the period in each row.
 */
export function employmentCsv(
  profiles: readonly EmploymentProfile[],
  nameOf: (key: string) => string,
  request: ProfileRequest,
  german: boolean,
): string[][] {
  const lang: Lang = german ? 'de' : 'en';
  const head = CSV_HEADINGS.employment[lang].map((h) => h.replace('{end}', String(request.end)));
  const flag = (b: boolean) => (b ? '1' : '0');
  const n = (x: number | null | undefined, digits: number) => (x === null || x === undefined ? '' : csvNumber(x, digits, german));
  const reference = request.reference === 'DG' ? say(lang, CSV_WORDS.germany) : 'NRW';
  return [
    head,
    ...profiles.flatMap((p) =>
      p.rows.map((r) => [
        p.unit,
        nameOf(p.unit),
        r.section,
        n(r.employees, 0),
        n(r.establishments, 0),
        r.establishments === null || p.establishmentsYear === null ? '' : String(p.establishmentsYear),
        n(r.lq, 4),
        flag(r.small),
        r.rank === null ? '' : String(r.rank),
        String(r.ranked),
        flag(r.strong),
        n(r.cagr, 4),
        n(r.shiftShare?.change, 0),
        n(r.shiftShare?.nationalShare, 1),
        n(r.shiftShare?.industryMix, 1),
        n(r.shiftShare?.regionalShift, 1),
        n(p.hoover, 4),
        n(p.krugman, 4),
        reference,
        String(request.start),
        String(request.end),
      ]),
    ),
  ];
}
