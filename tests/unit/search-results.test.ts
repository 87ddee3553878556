// How the search page orders and labels results: named pages, the fallback to some of the words, and
// what tells apart results with the same title.
import { describe, expect, it } from 'vitest';
import { isNamedBy, mergePartial, queryPhrases, titleSuffixes, uniqueResults } from '../../src/lib/search-results.ts';
import { nameKey } from '../../src/lib/search-terms.ts';

describe('names', () => {
  it('compares names without case, spacing or punctuation', () => {
    expect(nameKey('K-스마트 등대공장')).toBe(nameKey('k스마트등대공장'));
    expect(nameKey('AI 제조 데이터 플랫폼(KAMP)')).toBe('ai제조데이터플랫폼kamp');
  });
  it('knows a page by its title or any of its names, and only by a whole name', () => {
    const field = { title: '이차전지', names: ['이차전지', 'Secondary batteries', '배터리'] };
    expect(isNamedBy(field, '배터리')).toBe(true);
    expect(isNamedBy(field, 'secondary  batteries')).toBe(true);
    expect(isNamedBy(field, '전지')).toBe(false);
    expect(isNamedBy({ title: '내일채움공제', names: [] }, '내일채움공제')).toBe(true);
    expect(isNamedBy({ title: '내일채움공제', names: [] }, '·')).toBe(false);
  });
});

describe('parts of a query', () => {
  it('gives the whole query, then shorter runs of words, then each word', () => {
    expect(queryPhrases('이차전지 소재')).toEqual(['이차전지 소재', '이차전지', '소재']);
    expect(queryPhrases('딥테크 팁스 지원')).toEqual(['딥테크 팁스 지원', '딥테크 팁스', '팁스 지원', '딥테크', '팁스', '지원']);
    expect(queryPhrases('AI')).toEqual(['AI']);
  });
  it('gives only the whole query when it is longer than three words', () => {
    expect(queryPhrases('Centers for Creative Economy')).toEqual(['Centers for Creative Economy']);
  });
});

describe('pages with some of the words', () => {
  it('puts pages with more of the words first, then the higher summed score', () => {
    const battery = [{ id: 'field', score: 9 }, { id: 'task', score: 2 }];
    const material = [{ id: 'mpe', score: 8 }, { id: 'task', score: 1 }];
    expect(mergePartial([battery, material]).map((r) => r.id)).toEqual(['task', 'field', 'mpe']);
  });
  it('keeps each result once, first place wins', () => {
    expect(uniqueResults([{ id: 'a' }, { id: 'b' }, { id: 'a' }]).map((r) => r.id)).toEqual(['a', 'b']);
  });
});

describe('results with the same title', () => {
  it('show the labels that tell them apart, and nothing when the title is shown once', () => {
    const items = [
      { title: '장기재직을 위한 내일채움공제 확산', labels: ['실적·계획 항목', '2022년 실적'] },
      { title: '장기재직을 위한 내일채움공제 확산', labels: ['실적·계획 항목', '2023년 계획'] },
      { title: '내일채움공제', labels: ['지원사업', undefined] },
    ];
    expect(titleSuffixes(items)).toEqual(['2022년 실적', '2023년 계획', '']);
  });
  it('show the page kind when that is what differs', () => {
    expect(titleSuffixes([{ title: '스마트공장', labels: ['Programme', undefined] }, { title: '스마트공장', labels: ['Task', undefined] }])).toEqual(['Programme', 'Task']);
  });
});
