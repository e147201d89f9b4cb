import employmentUrl from '../../geodata/employment-13111-07-05-4.json?url';
import type { EmploymentTable } from '../domain/employment';
import { fetchJson } from './fetch-json';
import { validateEmployment } from './validate-employment';

let loading: Promise<EmploymentTable> | undefined;

/** The official employment table, fetched once when a planner first opens a view that needs it. */
export function loadEmployment(): Promise<EmploymentTable> {
  loading ??= fetchJson('employment-13111-07-05-4.json', employmentUrl).then((data) =>
    validateEmployment('employment-13111-07-05-4.json', data),
  );
  return loading;
}
