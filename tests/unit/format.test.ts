import { describe, expect, it } from 'vitest';
import { formatFigure, formatFigurePeriod, formatWonEn, formatWonKo, formatYearMonth, shiftDecimal } from '../../src/lib/format.ts';

// Each case is a figure as the 2023 implementation plan (000) or the roadmap release (004) writes it.
describe('money', () => {
  it.each([
    [1108100000000, '1조 1,081억원', 'KRW 1.1081 trillion'], // 000 II-1-1 성장지원
    [4011400000000, '4조 114억원', 'KRW 4.0114 trillion'], // 000 II-1-3 특구 투자유치
    [1165700000000, '1조 1,657억원', 'KRW 1.1657 trillion'], // 000 IV-1-1 기업성장
    [1000000000000, '1조원', 'KRW 1 trillion'], // 조 boundary
    [99990000000, '999.9억원', 'KRW 99.99 billion'], // just under 1,000억
    [598700000000, '5,987억원', 'KRW 598.7 billion'], // 000 II-1-1 전략분야
    [30790000000, '307.9억원', 'KRW 30.79 billion'], // 000 II-2-1 민간중심 스마트공장
    [87900000000, '879억원', 'KRW 87.9 billion'], // 004 로드맵 연계 예산
    [8810000000, '88.1억원', 'KRW 8.81 billion'], // 000 II-3-2 계약 금액
    [300000000, '3억원', 'KRW 300 million'], // 억 boundary
    [30000000, '3,000만원', 'KRW 30 million'], // 000 IV-1-2 탐색 R&D 0.3억
    [25000000, '2,500만원', 'KRW 25 million'], // 000 IV-3-1 2.5천만원
  ])('%d won → %s / %s', (won, ko, en) => {
    expect(formatWonKo(won)).toBe(ko);
    expect(formatWonEn(won)).toBe(en);
    expect(formatFigure({ value: won, unit: 'won' }, 'ko')).toBe(ko);
    expect(formatFigure({ value: won, unit: 'won' }, 'en')).toBe(en);
  });

  it('never drops significant digits of the source', () => {
    expect(formatWonEn(1108100000000)).not.toBe('KRW 1.1 trillion');
    expect(shiftDecimal(30790000000, 9)).toBe('30.79');
  });
});

describe('counts and percentages', () => {
  it.each([
    [{ value: 30144, unit: 'count' }, '30,144개', '30,144'], // 000 II-2-1 누적 스마트공장
    [{ value: 30000, unit: 'count' }, '3만개', '30,000'], // 000 I-3 목표 3만개
    [{ value: 26000, unit: 'people' }, '2.6만명', '26,000 people'], // 000 II-2-2 교육 2.6만명
    [{ value: 202000, unit: 'cases' }, '20.2만건', '202,000 cases'], // 000 II-2-2 복지 20.2만건
    [{ value: 239058, unit: 'people' }, '239,058명', '239,058 people'], // 000 II-2-2 내일채움공제
    [{ value: 84377, unit: 'companies' }, '84,377개사', '84,377 companies'],
    [{ value: 82.2, unit: 'percent' }, '82.2%', '82.2%'], // 000 II-2-2 취업률
    [{ value: 18.6, unit: 'percent' }, '18.6%', '18.6%'], // 000 I-3 목표
    [{ value: 1, unit: 'companies' }, '1개사', '1 company'],
    [{ value: 20, unit: 'countries' }, '20개국', '20 countries'],
  ] as const)('%o → %s / %s', (figure, ko, en) => {
    expect(formatFigure(figure, 'ko')).toBe(ko);
    expect(formatFigure(figure, 'en')).toBe(en);
  });
});

describe('year and month', () => {
  it('reads 2019-12 as each language writes it', () => {
    expect([formatYearMonth('2019-12', 'ko'), formatYearMonth('2019-12', 'en'), formatYearMonth('2009-08', 'en')]).toEqual(['2019. 12.', 'December 2019', 'August 2009']);
  });
});

describe('formatFigurePeriod', () => {
  it.each([
    [{ year: 2023 }, '2023', '2023'],
    [{ period: { start: 2023, end: 2031 } }, '2023~2031년 (여러 해)', '2023–2031 (several years)'],
    [{ period: 'project' as const }, '사업 전체 (연도 미제시)', 'Whole project (years not given)'],
  ])('%o', (f, ko, en) => {
    expect(formatFigurePeriod(f, 'ko')).toBe(ko);
    expect(formatFigurePeriod(f, 'en')).toBe(en);
  });
});
