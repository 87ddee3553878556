import { describe, expect, it } from 'vitest';
import { readAmounts, readUnit, unitsOfCounter } from '../../src/lib/korean-amount.ts';

const read = (text: string) => readAmounts(text).map((a) => [a.text, a.value, a.counter]);

describe('readAmounts', () => {
  it.each([
    ['성장주기별 맞춤형 1조 1,081억원 지원', [['1조 1,081억원', 1108100000000, '원']]],
    ['4조 114억원의 투자유치', [['4조 114억원', 4011400000000, '원']]],
    ['(출연금 307.9억)', [['307.9억', 30790000000, '원']]], // 억 alone is money in the sources
    ['보급 목표(3만개)를 초과 달성(누계 30,144개)', [['3만개', 30000, '개'], ['30,144개', 30144, '개']]],
    ['2.6만명, 20.2만건 지원', [['2.6만명', 26000, '명'], ['20.2만건', 202000, '건']]],
    ['취업률 82.2%', [['82.2%', 82.2, '%']]],
    ['(’22) 33개사 (38억원)', [['33개사', 33, '개사'], ['38억원', 3800000000, '원']]],
    ['성장 유망분야 32개 분야, 224개 전략제품', [['32개 분야', 32, '개 분야'], ['224개 전략제품', 224, '개 전략제품']]],
    ['(’21) 9대 분야 99개', [['9대 분야', 9, '대 분야'], ['99개', 99, '개']]],
    ['6,750억원 지원', [['6,750억원', 675000000000, '원']]],
    ['(‘22) 2천~4천만원 → (’23) 1.5천~5천만원', [['2천', 20000000, '원'], ['4천만원', 40000000, '원'], ['1.5천', 15000000, '원'], ['5천만원', 50000000, '원']]],
    ['384개(1.2배수) 추천', [['384개', 384, '개'], ['1.2배수', 1.2, '배수']]],
    ['(납부유예) 2년 → 9개월', [['2년', 2, '년'], ['9개월', 9, '개월']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('reads a series in a header unit as bare numbers, and skips the year marks', () => {
    expect(read('투자형 R&D(모태펀드, 억원) : (‘20) 165 → (‘21) 335 → (’22) 500')).toEqual([
      ['165', 165, undefined],
      ['335', 335, undefined],
      ['500', 500, undefined],
    ]);
  });

  it('skips dates and names with digits', () => {
    expect(read('상생법 시행(’22.6.) 및 (‘22.12월 기준), BIG3, 5G+, CO2 포집제')).toEqual([]);
  });

  it('gives offsets of the words in the text', () => {
    const [a] = readAmounts('누적 30,144개');
    expect([a!.start, a!.end]).toEqual([3, 10]);
  });
});

describe('readUnit', () => {
  it.each([
    ['(모태펀드, 억원)', { scale: 1e8, counter: '원' }],
    ['제품(개)', { scale: 1, counter: '개' }],
    ['1,606개', { scale: 1, counter: '개' }],
    ['307.9억원', { scale: 1e8, counter: '원' }],
    ['정비 대상 법령', { scale: 1, counter: '법령' }],
  ])('%s', (words, expected) => expect(readUnit(words)).toEqual(expected));

  it('is undefined for words without a unit', () => expect(readUnit('구분 현황')).toBeUndefined());
});

describe('unitsOfCounter', () => {
  it.each([
    ['원', ['won']],
    ['개사', ['companies']],
    ['개 분야', ['fields']],
    ['대 분야', ['fields']],
    ['%', ['percent']],
  ])('%s', (counter, units) => expect(unitsOfCounter(counter)).toEqual(units));

  it('lets 개 count things but not money, people or percentages', () => {
    expect(unitsOfCounter('개')).toContain('count');
    expect(unitsOfCounter('개')).not.toContain('won');
    expect(unitsOfCounter('개')).not.toContain('people');
  });
});
