import { describe, expect, it } from 'vitest';
import { institutionStatus, isOnMap } from '../../src/analysis/institution-status';
import { visibleInstitutions } from '../../src/analysis/visible-institutions';
import { readGeodataFiles } from '../../tools/read-geodata';

const { institutions } = readGeodataFiles();
const row = (id: string) => institutions.find((i) => i.id === id)!;

describe('each year as it was', () => {
  it('shows the Hochschule für Gesundheit from 2009 until it became part of the Hochschule Bochum in 2025', () => {
    const hsg = row('hochschule-fuer-gesundheit-bochum');
    const successor = row('hochschule-bochum-gesundheitscampus');
    expect([2008, 2009, 2021, 2024, 2025, null].map((y) => institutionStatus(hsg, y))).toEqual([
      'future',
      'active',
      'active',
      'active',
      'absorbed',
      'absorbed',
    ]);
    expect([2021, 2025, null].map((y) => isOnMap(successor, y))).toEqual([false, true, true]);
    expect(hsg.ended?.intoId).toBe(successor.id);
  });

  it('shows a mine until it closed, and closed after (drawn pale)', () => {
    const walsum = row('bergwerk-walsum');
    expect(walsum.ended?.kind).toBe('closed');
    const closedIn = walsum.ended!.year;
    expect(institutionStatus(walsum, closedIn - 1)).toBe('active');
    expect(institutionStatus(walsum, closedIn)).toBe('closed');
    expect(isOnMap(walsum, null)).toBe(true);
  });

  it('filters the map of 2005: nothing founded later, nothing merged away by then', () => {
    const shown = visibleInstitutions(institutions, { hiddenClusters: [], hiddenCategories: [], year: 2005 });
    expect(shown.some((i) => i.id === 'max-planck-institut-fur-sicherheit-und-privatsphare')).toBe(false);
    expect(shown.some((i) => i.id === 'ruhr-universitat-bochum')).toBe(true);
    expect(shown.every((i) => i.founded === null || i.founded <= 2005)).toBe(true);
  });
});
