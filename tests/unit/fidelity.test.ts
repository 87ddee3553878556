import { describe, expect, it } from 'vitest';
import { checkFigureWords, checkFigureYear, quoteFound } from '../../src/lib/fidelity.ts';
import type { Figure } from '../../src/schemas/figure.ts';

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

// The words of document 000 Ⅱ-2-1 and Ⅱ-1-3 that the figures below quote.
const document = `(‘21) 19 (19) → (’22) 33개사 (38억원)
(민간중심 스마트공장 구축) 33개의 대기업·공공기관이 참여 (출연금 307.9억)
‘22년 5,105개 스마트공장 신규 보급
투자형 R&D(모태펀드, 억원) : (‘20) 165 → (‘21) 335 → (’22) 500
전략분야 제품(개) 전략분야 제품(개) 인공지능 8 인공지능 9`;

const figure = (value: number, unit: Figure['unit'], quote: string, says: string, unitFrom?: string): Figure => ({
  id: 'f', value, unit, year: 2022, basis: 'actual', label: { ko: '가' },
  source: { document: '000', section: 'II-2-1', quote, says, ...(unitFrom ? { unitFrom } : {}) },
});
const messages = (f: Figure) => checkFigureWords(f, document).map((p) => `${p.path.join('.')}  ${p.message}`);

describe('checkFigureWords', () => {
  it.each([
    [figure(30790000000, 'won', '출연금 307.9억', '307.9억')],
    [figure(3800000000, 'won', '(’22) 33개사 (38억원)', '38억원')],
    [figure(33, 'companies', '(’22) 33개사 (38억원)', '33개사')],
    [figure(5105, 'count', '‘22년 5,105개 스마트공장 신규 보급', '5,105개')],
    [figure(16500000000, 'won', '투자형 R&D(모태펀드, 억원) : (‘20) 165 → (‘21) 335 → (’22) 500', '(‘20) 165', '(모태펀드, 억원)')],
    [figure(9, 'products', '인공지능 8 인공지능 9', '인공지능 9', '제품(개)')],
    [figure(1900000000, 'won', '(‘21) 19 (19) → (’22) 33개사 (38억원)', '(19)', '38억원')],
  ])('accepts %o', (f) => expect(messages(f)).toEqual([]));

  it('refuses a value at another scale than its words (×0.1)', () => {
    expect(messages(figure(3079000000, 'won', '출연금 307.9억', '307.9억'))).toEqual(['value  expected 30790000000, what "307.9억" states, found 3079000000']);
  });
  it('refuses another number of the same quote', () => {
    expect(messages(figure(3300000000, 'won', '(’22) 33개사 (38억원)', '38억원'))).toEqual(['value  expected 3800000000, what "38억원" states, found 3300000000']);
    expect(messages(figure(3300000000, 'won', '(’22) 33개사 (38억원)', '33개사'))).toEqual([
      'unit  expected companies, as "33개사" counts in 개사, found won',
      'value  expected 33, what "33개사" states, found 3300000000',
    ]);
  });
  it('refuses words that state more than one number', () => {
    expect(messages(figure(3800000000, 'won', '(’22) 33개사 (38억원)', '33개사 (38억원)'))).toEqual([
      'source.says  expected the words of one number, found 2 numbers in "33개사 (38억원)": 33개사, 38억원',
    ]);
  });
  it('refuses a unit the words do not count in', () => {
    expect(messages(figure(5105, 'won', '‘22년 5,105개 스마트공장 신규 보급', '5,105개'))).toEqual([
      'unit  expected a unit of counted things (count, companies, projects …), as "5,105개" counts in 개, found won',
    ]);
  });
  it('reads a bare number only in the unit its header gives, exactly', () => {
    expect(messages(figure(165, 'won', '투자형 R&D(모태펀드, 억원) : (‘20) 165', '(‘20) 165'))).toEqual([
      'source.unitFrom  expected the words that give "165" its unit (a table header such as "제품(개)", the series\' "억원" or its last amount "220개"), found nothing',
    ]);
    expect(messages(figure(1650000000, 'won', '투자형 R&D(모태펀드, 억원) : (‘20) 165', '(‘20) 165', '(모태펀드, 억원)'))).toEqual([
      'value  expected 16500000000, what "165" in "(모태펀드, 억원)" states, found 1650000000',
    ]);
    expect(messages(figure(9, 'products', '인공지능 8 인공지능 9', '인공지능 9', '제품(종)'))).toEqual([
      'source.unitFrom  expected words of the document that state the unit, found "제품(종)", which the document does not contain',
    ]);
  });
  it('refuses a unitFrom where the words state their own unit', () => {
    expect(messages(figure(5105, 'count', '‘22년 5,105개 스마트공장 신규 보급', '5,105개', '30,144개'))).toEqual([
      'source.unitFrom  expected no unitFrom, since "5,105개" states its own unit, found "30,144개"',
    ]);
  });
});

describe('checkFigureYear', () => {
  const reports = { results: 2022, plans: 2023, targets: 2027 };
  const at = (f: Partial<Figure>) => checkFigureYear({ ...figure(1, 'count', 'x', 'x'), ...f } as Figure, '000', reports).map((p) => `${p.path.join('.')}  ${p.message}`);
  it('refuses a figure of a year its document cannot state', () => {
    expect(at({ year: 2024, basis: 'plan' })).toEqual(['year  expected 2023 or earlier, as document 000 states plans and budgets up to 2023 (a plan of 2024 cannot come from it), found 2024']);
    expect(at({ year: 2023, basis: 'actual' })).toEqual(['year  expected 2022 or earlier, as document 000 reports results up to 2022 (a result of 2023 cannot come from it), found 2023']);
    expect(at({ year: 2028, basis: 'target' })).toEqual(['year  expected 2027 or earlier, as document 000 sets targets up to 2027, found 2028']);
  });
  it('holds a period to the same years, and a project total to plans', () => {
    expect(at({ year: undefined, period: { start: 2023, end: 2031 }, basis: 'budget' })).toEqual([]);
    expect(at({ year: undefined, period: { start: 2024, end: 2031 }, basis: 'budget' })).toEqual(['period.start  expected 2023 or earlier, as document 000 states plans and budgets up to 2023 (a budget of 2024 cannot come from it), found 2024']);
    expect(at({ year: undefined, period: { start: 2020, end: 2023 }, basis: 'actual' })).toEqual(['period.end  expected 2022 or earlier, as document 000 reports results up to 2022 (a result of 2023 cannot come from it), found 2023']);
    // A plan may schedule a later phase when its words name the years: 운영6년 ‘26 ~31년.
    expect(at({ year: undefined, period: { start: 2026, end: 2031 }, basis: 'plan', source: { document: '000', section: 'IV-1-2', quote: '(운영6년) ‘26 ~31년', says: '6년' } })).toEqual([]);
    expect(at({ year: undefined, period: 'project', basis: 'actual' })).toEqual(['period  expected a year or a start–end period for a result (basis actual), found "project"']);
  });
  it('accepts what the document reports', () => {
    expect(at({ year: 2022, basis: 'actual' })).toEqual([]);
    expect(at({ year: 2022, basis: 'budget' })).toEqual([]);
    expect(at({ year: 2027, basis: 'target' })).toEqual([]);
  });
});
