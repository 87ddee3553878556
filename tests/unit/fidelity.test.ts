import { describe, expect, it } from 'vitest';
import { quoteFound, valueInQuote, valuesInQuote } from '../../src/lib/fidelity.ts';

describe('quoteFound', () => {
  const source = '◦ (성장지원) 창업기업에서 글로벌 기업으로 성장 지원을 위해 기업주\n도형, 생태계 협력형 등 성장주기별 맞춤형 1조 1,081억원 지원';
  it('ignores line breaks and spacing', () => {
    expect(quoteFound('기업주도형, 생태계 협력형', source)).toBe(true);
    expect(quoteFound('성장주기별 맞춤형 1조 1,081억원', source)).toBe(true);
  });
  it('rejects words that are not there', () => {
    expect(quoteFound('성장주기별 맞춤형 1조 1,018억원', source)).toBe(false);
  });
});

describe('valueInQuote', () => {
  it.each([
    [1108100000000, '맞춤형 1조 1,081억원 지원'],
    [30790000000, '(출연금 307.9억)'],
    [30144, '누적 30,144개'],
    [26000, '(교육) 2.6만명'],
    [138, '(‘21. 138 → ’22. 178개)'], // spacing separates the year from the number
    [82.2, '취업률 82.2%'],
    [16500000000, '(‘20) 165 → (‘21) 335 → (’22) 500'], // 억원 stated once for the series
  ])('%d is stated by %s', (value, quote) => {
    expect(valueInQuote(value, quote)).toBe(true);
  });
  it.each([
    [1108000000000, '맞춤형 1조 1,081억원 지원'],
    [30144, '누적 30,141개'],
    [21138, '(‘21. 138 → ’22. 178개)'],
  ])('%d is not stated by %s', (value, quote) => {
    expect(valueInQuote(value, quote)).toBe(false);
  });
  it('reads 조 and 억 together', () => {
    expect(valuesInQuote('4조 114억원')).toContain(4011400000000);
  });
});
