import { describe, expect, it } from 'vitest';
import { validateMunicipalities } from '../../src/data/validate-municipalities';

const square = {
  type: 'Polygon',
  coordinates: [
    [
      [7, 51],
      [7.1, 51],
      [7.1, 51.1],
      [7, 51],
    ],
  ],
};
const good = { ags: '05911000', name: 'Bochum', kreis: 'Bochum', kreisfrei: true, area_km2: 145, label_lon: 7.2, label_lat: 51.4 };
const collection = (...props: object[]) => ({
  type: 'FeatureCollection',
  features: props.map((p) => ({ type: 'Feature', geometry: square, properties: p })),
});

describe('validateMunicipalities', () => {
  it('accepts a well-formed file', () => {
    expect(validateMunicipalities('m.geojson', collection(good)).features).toHaveLength(1);
  });

  it('names file, row and field of a broken AGS', () => {
    expect(() => validateMunicipalities('m.geojson', collection(good, { ...good, ags: '5911' }))).toThrow(
      /m\.geojson: Zeile\/row 1, Feld\/field "ags"/,
    );
  });

  it('rejects duplicate AGS', () => {
    expect(() => validateMunicipalities('m.geojson', collection(good, good))).toThrow(/doppelt/);
  });

  it('rejects something that is not GeoJSON', () => {
    expect(() => validateMunicipalities('m.geojson', '<html>')).toThrow(/FeatureCollection/);
    expect(() =>
      validateMunicipalities('m.geojson', {
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: good, geometry: { type: 'Point', coordinates: [7, 51] } }],
      }),
    ).toThrow(/Geometrie ungültig/);
  });
});
