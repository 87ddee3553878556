import { describe, expect, it } from 'vitest';
import { localize, paths, switchLocale, measureAnchor } from '../../src/lib/routes.ts';
import { localeOfPath, pageMeta } from '../../src/lib/page-meta.ts';
import { ordinal } from '../../src/lib/ordinal.ts';
import { pick, t } from '../../src/lib/i18n.ts';
import { buildContinuations, measureYears } from '../../src/lib/measures.ts';
import { roadmapTotals } from '../../src/lib/roadmap.ts';
import ko from '../../src/i18n/ko.json';
import en from '../../src/i18n/en.json';

describe('links', () => {
  it.each([
    ['ko', paths.task(4, '1-1'), '/tasks/1-1/'],
    ['en', paths.task(4, '1-1'), '/en/tasks/1-1/'],
    ['ko', paths.task(5, '1-1'), '/plans/5/tasks/1-1/'],
    ['en', paths.strategy(5, '2'), '/en/plans/5/strategies/2/'],
    ['ko', paths.plan(4), '/plan/'],
    ['ko', paths.plan(5), '/plans/5/'],
    ['en', paths.schedule(4), '/en/schedule/'],
    ['en', paths.schedule(5), '/en/plans/5/schedule/'],
    ['ko', paths.measure('2024-1-1-1'), '/measures/2024-1-1-1/'],
    ['ko', paths.home(), '/'],
    ['en', paths.home(), '/en/'],
    ['en', paths.programme('scale-up-tips'), '/en/programmes/scale-up-tips/'],
  ] as const)('%s %s → %s', (locale, path, href) => expect(localize(locale, path)).toBe(href));

  it.each([
    ['/tasks/1-1/', 'ko', 'en', '/en/tasks/1-1/'],
    ['/en/tasks/1-1/', 'en', 'ko', '/tasks/1-1/'],
    ['/en/', 'en', 'ko', '/'],
    ['/', 'ko', 'en', '/en/'],
  ] as const)('switches %s from %s to %s', (path, from, to, expected) => expect(switchLocale(path, from, to)).toBe(expected));

  it('round-trips every path through both languages', () => {
    for (const path of ['/', '/plan/', '/tasks/2-1/', '/measures/2022-1-1-1/'])
      expect(switchLocale(switchLocale(localize('ko', path), 'ko', 'en'), 'en', 'ko')).toBe(path);
  });

  it('anchors measures on task pages', () => expect(measureAnchor('2022-1-1-2')).toBe('m-2022-1-1-2'));
});

describe('page meta', () => {
  const meta = pageMeta('en', '/tasks/1-1/', new URL('https://site.example/'));
  it('has absolute hreflang alternates for every language and x-default', () => {
    expect(meta.alternates).toEqual([
      { hreflang: 'ko', href: 'https://site.example/tasks/1-1/' },
      { hreflang: 'en', href: 'https://site.example/en/tasks/1-1/' },
      { hreflang: 'x-default', href: 'https://site.example/tasks/1-1/' },
    ]);
    expect(meta.canonical).toBe('https://site.example/en/tasks/1-1/');
    expect(meta.translations).toEqual([{ locale: 'ko', href: '/tasks/1-1/' }]);
  });
  it.each([['/en/tasks/1-1/', 'en'], ['/tasks/1-1/', 'ko'], ['/', 'ko'], ['/enterprise/', 'ko']] as const)('%s is %s', (path, locale) =>
    expect(localeOfPath(path)).toBe(locale));
});

describe('i18n', () => {
  it('has the same UI strings in every language', () => expect(Object.keys(en).sort()).toEqual(Object.keys(ko).sort()));
  it('fills placeholders', () => expect(t('ko', 'strategy.label', { n: 2 })).toBe('전략 2'));
  it('falls back to Korean, marked, when English is missing', () => {
    expect(pick({ ko: '스케일업 팁스' }, 'en')).toEqual({ text: '스케일업 팁스', lang: 'ko', fallback: true });
    expect(pick({ ko: '스케일업 팁스', en: 'Scale-up TIPS' }, 'en')).toEqual({ text: 'Scale-up TIPS', lang: 'en', fallback: false });
  });
  it.each([[1, '1st'], [2, '2nd'], [3, '3rd'], [4, '4th'], [11, '11th'], [12, '12th'], [21, '21st'], [23, '23rd']])('ordinal %d', (n, s) =>
    expect(ordinal(n)).toBe(s));
});

describe('measures and roadmap', () => {
  it('derives "continued by" from "continues"', () => {
    const { continues, continuedBy } = buildContinuations([
      { id: '2022-4-2-1', continues: [] },
      { id: '2023-4-1-1', continues: ['2022-4-2-1'] },
      { id: '2023-4-2-1', continues: ['2022-4-2-1'] },
    ]);
    expect(continuedBy.get('2022-4-2-1')).toEqual(['2023-4-1-1', '2023-4-2-1']);
    expect(continues.get('2023-4-1-1')).toEqual(['2022-4-2-1']);
  });
  it('lists the years that have measures', () => expect(measureYears(['2023-1-1-1', '2022-1-1-1', '2024-1-1-1'])).toEqual([2022, 2023, 2024]));
  it('sums fields and products per category', () => {
    const totals = roadmapTotals([
      { year: 2022, category: '4ir', products: 9 },
      { year: 2022, category: '4ir', products: 8 },
      { year: 2022, category: 'growth-base', products: 5 },
      { year: 2021, category: '4ir', products: 8 },
    ], 2022);
    expect(totals.all).toEqual({ fields: 3, products: 22 });
    expect(totals.byCategory['4ir']).toEqual({ fields: 2, products: 17 });
  });
});
