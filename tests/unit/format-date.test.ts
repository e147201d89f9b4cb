import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/i18n/i18n';

describe('source dates', () => {
  it('read as German and English readers write them, on the day given (no time-zone shift)', () => {
    expect(formatDate('de', '2005-11-24')).toBe('24.11.2005');
    expect(formatDate('en', '2005-11-24')).toBe('24 Nov 2005');
    expect(formatDate('de', '2021-01-01')).toBe('01.01.2021');
  });

  it('leave a date that is not a full ISO day as it is', () => {
    expect(formatDate('de', '2021')).toBe('2021');
    expect(formatDate('en', '')).toBe('');
  });
});
