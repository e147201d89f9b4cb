import turfArea from '@turf/area';

import { describe, expect, it } from 'vitest';
import { municipalitiesTouching } from '../../src/analysis/areas-touching';
import { clusterFocusArea } from '../../geodata/overlays/cluster-focus-area';
import { corridorBand } from '../../geodata/overlays/corridor-band';
import { corridorLabelPoint } from '../../geodata/overlays/corridor-label-point';
import { institutionsIn } from '../../src/analysis/institution-counts';
import { pointsInArea } from '../../src/analysis/points-in-area';
import { visibleInstitutions } from '../../src/analysis/visible-institutions';
import type { Institution } from '../../src/domain/institution';
import type { MunicipalityFeature } from '../../src/domain/municipality';

const KM_PER_DEG_LAT = 111.2;

function square(ags: string, west: number, south: number, size: number): MunicipalityFeature {
  const ring = [
    [west, south],
    [west + size, south],
    [west + size, south + size],
    [west, south + size],
    [west, south],
  ];
  return {
    type: 'Feature',
    geometry: { type: 'Polygon', coordinates: [ring] },
    properties: { ags, name: ags, kreis: 'k', kreisfrei: true, area_km2: 1, label_lon: west, label_lat: south },
  };
}

function inst(id: string, position: [number, number], clusters: string[], extra: Partial<Institution> = {}): Institution {
  return {
    id,
    name: { de: id, en: id },
    category: 'research',
    clusters,
    ags: '05911000',
    founded: null,
    foundedSource: null,
    url: null,
    source: { url: 'https://example.org', text: 'x', audit: null },
    description: { de: 'x', en: 'x' },
    aliases: [],
    precision: 'exact',
    site: null,
    seat: false,
    ended: null,
    facts: [],
    secondSource: null,
    position,
    ...extra,
  };
}

describe('corridorBand', () => {
  it('buffers a 0.1° north–south line by 1 km into a band of about 2 km × 13 km', () => {
    const band = corridorBand(
      [
        [7, 51],
        [7, 51.1],
      ],
      false,
      1,
    );
    const km2 = turfArea(band) / 1e6;
    // 2 km wide along 11.1 km, plus two half discs of radius 1 km (π km²): ≈ 25.4 km².
    expect(km2).toBeGreaterThan(24.5);
    expect(km2).toBeLessThan(26);
  });

  it('closes a triangle into a ring whose centre stays outside the band', () => {
    const anchors = [
      [7, 51],
      [7.3, 51],
      [7.15, 51.2],
    ];
    const band = corridorBand(anchors, true, 1);
    expect(pointsInArea(band, [{ position: [7.15, 51.07] as [number, number] }])).toHaveLength(0);
    expect(pointsInArea(band, [{ position: [7.3, 51.005] as [number, number] }])).toHaveLength(1);
  });

  it('refuses a corridor with a single anchor', () => {
    expect(() => corridorBand([[7, 51]], false, 1)).toThrow();
  });
});

describe('pointsInArea and municipalitiesTouching', () => {
  const band = corridorBand(
    [
      [7.05, 51.05],
      [7.25, 51.05],
    ],
    false,
    1,
  );
  it('finds the points inside the band and only those', () => {
    const near = inst('near', [7.15, 51.05 + 0.5 / KM_PER_DEG_LAT], ['a']);
    const far = inst('far', [7.15, 51.05 + 2 / KM_PER_DEG_LAT], ['a']);
    expect(pointsInArea(band, [near, far]).map((i) => i.id)).toEqual(['near']);
  });
  it('lists the municipalities the band touches', () => {
    const touched = square('05000001', 7.0, 51.0, 0.1);
    const beside = square('05000002', 7.1, 51.0, 0.1);
    const away = square('05000003', 7.0, 51.3, 0.1);
    expect(municipalitiesTouching(band, [touched, beside, away])).toEqual(['05000001', '05000002']);
  });
});

describe('clusterFocusArea', () => {
  it('merges overlapping discs into one area and keeps distant ones apart', () => {
    const merged = clusterFocusArea(
      [
        [7, 51],
        [7.01, 51],
      ],
      2,
    )!;
    expect(merged.geometry.type).toBe('Polygon');
    const apart = clusterFocusArea(
      [
        [7, 51],
        [7.5, 51],
      ],
      2,
    )!;
    expect(apart.geometry.type).toBe('MultiPolygon');
    // Two separate discs of radius 2 km: 2 × π × 4 ≈ 25.1 km².
    expect(turfArea(apart) / 1e6).toBeCloseTo(25.1, 0);
  });
  it('is null without institutions', () => {
    expect(clusterFocusArea([], 2)).toBeNull();
  });
});

describe('corridorLabelPoint', () => {
  it('puts a line label at the given fraction and a ring label at the centre', () => {
    const [lon, lat] = corridorLabelPoint(
      [
        [7, 51],
        [7, 51.2],
      ],
      false,
      0.25,
    );
    expect(lon).toBeCloseTo(7, 5);
    expect(lat).toBeCloseTo(51.05, 3);
    const [cx, cy] = corridorLabelPoint(
      [
        [7, 51],
        [7.3, 51],
        [7.15, 51.3],
      ],
      true,
      0.5,
    );
    expect(cx).toBeCloseTo(7.15, 9);
    expect(cy).toBeCloseTo(51.1, 9);
  });
});

describe('institution counts and filters', () => {
  const list = [
    inst('a', [7, 51], ['health', 'itsec'], { founded: 1965, category: 'university' }),
    inst('b', [7, 51], ['health'], { founded: 2019, ags: '05913000' }),
    inst('c', [7, 51], ['montan'], { founded: null, category: 'heritage' }),
  ];
  it('finds the institutions of one municipality', () => {
    expect(institutionsIn('05913000', list).map((i) => i.id)).toEqual(['b']);
  });
  it('hides an institution only when all its clusters are hidden', () => {
    const shown = visibleInstitutions(list, { hiddenClusters: ['health'], hiddenCategories: [] });
    expect(shown.map((i) => i.id)).toEqual(['a', 'c']);
  });
  it('filters by category and by founding year, keeping rows without a year', () => {
    expect(visibleInstitutions(list, { hiddenClusters: [], hiddenCategories: ['heritage'] }).map((i) => i.id)).toEqual(['a', 'b']);
    expect(visibleInstitutions(list, { hiddenClusters: [], hiddenCategories: [], year: 2005 }).map((i) => i.id)).toEqual(['a', 'c']);
  });
});

describe('areaShareInside', () => {
  it('is one half for a square cut through its middle (hand-checked), 1 inside and 0 outside', async () => {
    const { areaShareInside } = await import('../../geodata/overlays/area-share');
    const sq = (w: number, s: number, e: number, n: number) => ({
      type: 'Feature' as const,
      properties: {},
      geometry: {
        type: 'Polygon' as const,
        coordinates: [
          [
            [w, s],
            [e, s],
            [e, n],
            [w, n],
            [w, s],
          ],
        ],
      },
    });
    const area = sq(7, 51, 7.1, 51.1);
    expect(areaShareInside(sq(6.9, 50.9, 7.05, 51.2), area)).toBeCloseTo(0.5, 2);
    expect(areaShareInside(sq(6, 50, 8, 52), area)).toBeCloseTo(1, 5);
    expect(areaShareInside(sq(8, 52, 8.1, 52.1), area)).toBe(0);
  });
});
