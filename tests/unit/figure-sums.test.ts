import { describe, expect, it } from 'vitest';
import { periodKey, sumAcrossYears, sumFigures } from '../../src/lib/figure-sums.ts';

const won = (id: string, value: number, when: { year: number } | { period: { start: number; end: number } | 'project' }) => ({ id, value, unit: 'won' as const, ...when });

describe('periodKey', () => {
  it.each([
    [{ year: 2023 }, '2023'],
    [{ period: { start: 2023, end: 2031 } }, '2023-2031'],
    [{ period: 'project' as const }, 'project'],
  ])('%o → %s', (f, key) => expect(periodKey(f)).toBe(key));
});

describe('sumFigures', () => {
  it('adds figures of one unit and year', () => {
    expect(sumFigures([won('a', 109_500_000_000, { year: 2023 }), won('b', 8_100_000_000, { year: 2023 })])).toBe(117_600_000_000);
  });
  it('refuses a multi-year total among one year\'s figures, naming each', () => {
    expect(() => sumFigures([won('deep-tech', 31_500_000_000, { year: 2023 }), won('k-bio', 272_600_000_000, { period: { start: 2023, end: 2031 } })])).toThrow(
      'expected figures of one unit and one year or period, found deep-tech (won, 2023), k-bio (won, 2023-2031)',
    );
    expect(() => sumFigures([won('a', 1, { year: 2023 }), { id: 'b', value: 1, unit: 'companies' as const, year: 2023 }])).toThrow(/b \(companies, 2023\)$/);
  });
});

describe('sumAcrossYears', () => {
  it('adds phases that follow each other, to the last year they reach', () => {
    expect(sumAcrossYears([won('build', 3, { period: { start: 2023, end: 2025 } }), won('run', 6, { period: { start: 2026, end: 2031 } })])).toEqual({ total: 9, end: 2031 });
  });
  it('refuses overlapping years and project totals', () => {
    expect(() => sumAcrossYears([won('a', 1, { year: 2023 }), won('b', 1, { period: { start: 2023, end: 2031 } })])).toThrow(/^expected figures of one unit and of years that do not overlap/);
    expect(() => sumAcrossYears([won('a', 1, { year: 2023 }), won('b', 1, { period: 'project' })])).toThrow(/b \(won, project\)$/);
  });
});
