import { describe, expect, it } from 'vitest';
import { boundsOf } from '../../src/analysis/bounds-of';
import { loadAtlasDataFromDisk } from '../../tools/load-data-from-disk';

const data = loadAtlasDataFromDisk();
const inside = (b: number[], [lon, lat]: [number, number]) => lon >= b[0]! && lon <= b[2]! && lat >= b[1]! && lat <= b[3]!;

describe('the view fitted to a selected institution', () => {
  it('holds the institution and the name of its town, so the view shows where it is', () => {
    for (const inst of data.institutions) {
      const box = boundsOf({ kind: 'institution', id: inst.id }, data)!;
      expect(inside(box, inst.position), inst.id).toBe(true);
      expect(inside(box, data.byAgs.get(inst.ags)!.labelPoint), inst.id).toBe(true);
    }
  });

  it("is Zollverein and Essen's name, about 6 km apart: taller than the 2 km box around the icon alone", () => {
    const [w, s, e, n] = boundsOf({ kind: 'institution', id: 'zeche-zollverein' }, data)!;
    expect(n - s).toBeGreaterThan(0.06);
    expect(e - w).toBeLessThan(0.1);
  });

  it('is undefined for an unknown institution', () => {
    expect(boundsOf({ kind: 'institution', id: 'no-such-place' }, data)).toBeUndefined();
  });
});
