import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from '../../src/store/url-state';

const known = {
  municipality: new Set(['05911000', '05112000']),
  institution: new Set(['bergmannsheil']),
  corridor: new Set(['biomed-triangle']),
  cluster: new Set(['health', 'itsec']),
  category: new Set(['hospital']),
  kreis: new Set(['05562']),
};

describe('URL hash', () => {
  it('round-trips view, selection and language', () => {
    const state = {
      view: { zoom: 10.5, lat: 51.47, lon: 7.22 },
      selection: { kind: 'institution' as const, id: 'bergmannsheil' },
      hiddenClusters: ['health', 'itsec'],
      hiddenCorridors: ['biomed-triangle'],
      hiddenCategories: ['hospital'],
      lang: 'en' as const,
    };
    const parsed = parseHash(formatHash(state), known);
    expect(parsed.rejected).toEqual([]);
    expect(parsed.state).toEqual(state);
  });

  it('carries a selected Kreis by its key and rejects an unknown one', () => {
    const state = { selection: { kind: 'kreis' as const, id: '05562' }, lang: 'de' as const };
    expect(formatHash(state)).toBe('#/?kr=05562');
    expect(parseHash('#/?kr=05562', known).state).toEqual(state);
    const bad = parseHash('#/?kr=05999', known);
    expect(bad.state.selection).toBeUndefined();
    expect(bad.rejected).toHaveLength(1);
  });

  it('carries the list view as its own path, with the map state after it', () => {
    const state = { list: true, selection: { kind: 'municipality' as const, id: '05911000' }, lang: 'en' as const };
    expect(formatHash(state)).toBe('#/list?m=05911000&lang=en');
    expect(parseHash('#/list?m=05911000&lang=en', known)).toEqual({ state, rejected: [] });
    expect(formatHash({ list: true, lang: 'de' })).toBe('#/list');
    expect(parseHash('#/lists', known).rejected).toEqual(['#=lists']);
  });

  it('keeps the default short', () => {
    expect(formatHash({ lang: 'de' })).toBe('#/');
    expect(parseHash('', known)).toEqual({ state: { lang: 'de' }, rejected: [] });
  });

  it('drops an unknown AGS, a broken view and unknown keys, and reports them', () => {
    const { state, rejected } = parseHash('#/?m=99999999&v=1/2&foo=<script>alert(1)</script>&lang=fr', known);
    expect(state).toEqual({ lang: 'de' });
    expect(rejected).toHaveLength(4);
    expect(rejected[0]).toBe('m=99999999');
  });

  it('keeps the known ids of a hidden-layer list and reports the rest', () => {
    const { state, rejected } = parseHash('#/?hc=health,nope&k=biomed-triangle', known);
    expect(state.hiddenClusters).toEqual(['health']);
    expect(state.selection).toEqual({ kind: 'corridor', id: 'biomed-triangle' });
    expect(rejected).toEqual(['hc=nope']);
  });

  it('rejects huge numbers and out-of-range coordinates', () => {
    expect(parseHash('#/?v=1e308/51/7', known).state.view).toBeUndefined();
    expect(parseHash('#/?v=10/95/7', known).state.view).toBeUndefined();
  });

  it('does not choke on a 100 KB hash or on malformed escapes', () => {
    expect(parseHash(`#/?m=${'9'.repeat(100_000)}`, known).state).toEqual({ lang: 'de' });
    expect(parseHash('#/?m=%E0%A4%A', known).state).toEqual({ lang: 'de' });
  });

  it('reads and writes presentation links', () => {
    expect(parseHash('#/present/3', known).state.present).toBe(3);
    expect(parseHash('#/present/999', known).state.present).toBe(999);
    expect(parseHash('#/present/abc', known)).toMatchObject({ state: { present: 1 }, rejected: ['present=abc'] });
    expect(parseHash('#/presenter?lang=en', known).state).toMatchObject({ presenter: true, lang: 'en' });
    expect(formatHash({ lang: 'de', present: 4 })).toBe('#/present/4');
    expect(formatHash({ lang: 'en', present: 2 })).toBe('#/present/2?lang=en');
  });

  it('compares municipalities and Kreise by key, each once, and reports unknown keys', () => {
    const { state, rejected } = parseHash('#/?cmp=05562,05911000,05513,05911', known);
    expect(state.compare).toEqual(['05562', '05911000']);
    expect(rejected).toEqual(['cmp=05513,05911']);
    expect(parseHash(formatHash({ lang: 'de', compare: ['05562', '05112000'] }), known).state.compare).toEqual(['05562', '05112000']);
    expect(parseHash('#/?cmp=05562,05911000,05562', known)).toMatchObject({ state: { compare: ['05562', '05911000'] }, rejected: [] });
  });

  it('keeps the choropleth level only with an indicator, and rejects an unknown one', () => {
    expect(formatHash({ lang: 'de', indicator: 'density', level: 'kreis' })).toContain('lvl=kreis');
    expect(formatHash({ lang: 'de', level: 'kreis' })).toBe('#/');
    expect(parseHash('#/?lvl=kreis', known).state.level).toBe('kreis');
    expect(parseHash('#/?lvl=land', known).rejected).toEqual(['lvl=land']);
  });
});
