import establishmentsUrl from '../../geodata/establishments-52111-02-01-4.json?url';
import type { EstablishmentTable } from '../domain/establishments';
import { fetchJson } from './fetch-json';
import { validateEstablishments } from './validate-establishments';

let loading: Promise<EstablishmentTable> | undefined;

/** The establishments per section and Kreis, fetched once with the employment measures. */
export function loadEstablishments(): Promise<EstablishmentTable> {
  loading ??= fetchJson('establishments-52111-02-01-4.json', establishmentsUrl).then((data) =>
    validateEstablishments('establishments-52111-02-01-4.json', data),
  );
  return loading;
}
