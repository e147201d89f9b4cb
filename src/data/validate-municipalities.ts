import type { Municipality, MunicipalityCollection, MunicipalityProperties } from '../domain/municipality';
import { GeodataError } from './geodata-error';
import { featuresOf } from './validate-areas';

const AGS_PATTERN = /^05\d{6}$/;

function fieldError(file: string, row: number, field: string, why: string): GeodataError {
  return new GeodataError(file, `Zeile/row ${row}, Feld/field "${field}": ${why}`);
}

/** Validates the municipalities file: schema, unique AGS, plausible areas. */
export function validateMunicipalities(file: string, data: unknown): MunicipalityCollection {
  const features = featuresOf(file, data);
  const seen = new Set<string>();
  features.forEach((f, i) => {
    const p = f.properties as Partial<Record<keyof MunicipalityProperties, unknown>>;
    if (typeof p.ags !== 'string' || !AGS_PATTERN.test(p.ags))
      throw fieldError(file, i, 'ags', 'kein 8-stelliger AGS in NRW / not an 8-digit NRW AGS');
    if (seen.has(p.ags)) throw fieldError(file, i, 'ags', `doppelt / duplicate ${p.ags}`);
    seen.add(p.ags);
    if (typeof p.name !== 'string' || p.name === '') throw fieldError(file, i, 'name', 'fehlt / missing');
    if (typeof p.kreis !== 'string' || p.kreis === '') throw fieldError(file, i, 'kreis', 'fehlt / missing');
    if (typeof p.kreisfrei !== 'boolean') throw fieldError(file, i, 'kreisfrei', 'kein Wahrheitswert / not a boolean');
    if (typeof p.area_km2 !== 'number' || !(p.area_km2 > 0))
      throw fieldError(file, i, 'area_km2', 'keine positive Zahl / not a positive number');
    if (typeof p.label_lon !== 'number' || typeof p.label_lat !== 'number')
      throw fieldError(file, i, 'label_lon/label_lat', 'fehlt / missing');
  });
  if (features.length === 0) throw new GeodataError(file, 'enthält keine Gemeinden / contains no municipalities');
  return data as MunicipalityCollection;
}

/** Plain municipality records keyed by AGS, for panels, search and URL checks. */
export function indexMunicipalities(collection: MunicipalityCollection): Map<string, Municipality> {
  return new Map(
    collection.features.map((f) => {
      const p = f.properties;
      return [
        p.ags,
        {
          ags: p.ags,
          name: p.name,
          kreis: p.kreis,
          kreisfrei: p.kreisfrei,
          areaKm2: p.area_km2,
          labelPoint: [p.label_lon, p.label_lat],
        },
      ];
    }),
  );
}
