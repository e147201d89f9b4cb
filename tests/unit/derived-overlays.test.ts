import { describe, expect, it } from 'vitest';
import { deriveShippedOverlays, type DerivedOverlaysFile } from '../../geodata/build-overlays';
import { readDerivedOverlays } from '../../tools/read-geodata';
import { GeodataError } from '../../src/data/geodata-error';
import { validateOverlays } from '../../src/data/validate-overlays';
import { loadAtlasDataFromDisk } from '../../tools/load-data-from-disk';

const data = loadAtlasDataFromDisk();
const shipped = readDerivedOverlays() as DerivedOverlaysFile;
const copy = () => JSON.parse(JSON.stringify(shipped)) as DerivedOverlaysFile;
const nameOf = (ags: string) => data.byAgs.get(ags)!.name;

describe('derived-overlays.json (corridor bands and cluster areas, computed when the data is built)', () => {
  it('is what the analysis derives from the data files now (else: npm run overlays)', () => {
    expect(shipped).toEqual(deriveShippedOverlays());
  }, 30_000);

  it('puts the BioMed triangle over Bochum, Witten and Dortmund, and the Duisburg–Bochum partnership over both', () => {
    const touched = (id: string) => shipped.corridors.find((c) => c.id === id)!.municipalities.map(nameOf);
    expect(touched('biomed-triangle')).toEqual(expect.arrayContaining(['Bochum', 'Witten', 'Dortmund']));
    expect(touched('duisburg-bochum')).toEqual(expect.arrayContaining(['Duisburg', 'Bochum']));
  });

  it("passes the app's check against the data it was derived from", () => {
    expect(validateOverlays(shipped, data).corridors).toHaveLength(data.corridors.length);
  });

  it('is refused, naming the file, when it does not fit the data or is broken', () => {
    const cases: [string, (o: DerivedOverlaysFile) => unknown][] = [
      ['a corridor missing', (o) => ({ ...o, corridors: o.corridors.slice(1) })],
      [
        'an unknown AGS',
        (o) => {
          o.corridors[0]!.municipalities.push('05999999');
          return o;
        },
      ],
      [
        'an unknown institution',
        (o) => {
          o.corridors[0]!.institutions.push('made-up');
          return o;
        },
      ],
      [
        'a broken band',
        (o) => {
          (o.corridors[0]!.band.geometry as { coordinates: unknown }).coordinates = [[1, 2]];
          return o;
        },
      ],
      [
        'a share over 1',
        (o) => {
          o.corridors[0]!.shares[o.corridors[0]!.municipalities[0]!] = 7;
          return o;
        },
      ],
      ['another band width', (o) => ({ ...o, band_km: 9 })],
      ['a corridor with other anchors', (o) => ({ ...o, anchors: { ...o.anchors, [o.corridors[0]!.id]: ['05911000'] } })],
      ['not an object', () => 'derived'],
    ];
    for (const [, change] of cases) {
      const attempt = () => validateOverlays(change(copy()), data);
      expect(attempt).toThrow(GeodataError);
      expect(attempt).toThrow(/^derived-overlays\.json: /);
    }
  });
});
