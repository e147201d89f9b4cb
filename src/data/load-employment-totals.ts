import totalsUrl from '../../geodata/employment-totals-13111-01-03-4.json?url';
import type { EmploymentTotals } from '../domain/employment-totals';
import { fetchJson } from './fetch-json';
import { validateEmploymentTotals } from './validate-employment-totals';

let loading: Promise<EmploymentTotals> | undefined;

/** The employees of all industries, 2008–2024, fetched once when the charts are opened. */
export function loadEmploymentTotals(): Promise<EmploymentTotals> {
  loading ??= fetchJson('employment-totals-13111-01-03-4.json', totalsUrl).then((data) =>
    validateEmploymentTotals('employment-totals-13111-01-03-4.json', data),
  );
  return loading;
}
