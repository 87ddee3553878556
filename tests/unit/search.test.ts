import { describe, expect, it } from 'vitest';
import { aliasTerms, compoundParts, normalizeQuery, stripParticle, words } from '../../src/lib/search-terms.ts';
import { pagefindFilters, readSearchState, writeSearchState } from '../../src/lib/search-options.ts';

describe('Korean particles', () => {
  it.each([
    ['탄소중립을', '탄소중립'], ['상생협력의', '상생협력'], ['중소기업에서', '중소기업'], ['스마트공장이', '스마트공장'],
    ['기술로', '기술'], ['서울로', '서울'], ['기업과', '기업'], ['반도체를', '반도체'], ['시스템반도체를', '시스템반도체'],
  ])('%s → %s', (word, stem) => expect(stripParticle(word)).toBe(stem));

  it.each([
    ['국가', 'a one-syllable stem is not a word'], ['기술임치제도', '도 is not treated as a particle'],
    ['기업가', '가 follows only open syllables; 업 has a final consonant'], ['마을', '을 would leave one syllable'],
    ['기술보호', 'no particle'], ['R&D', 'not Korean'],
  ])('%s stays (%s)', (word) => expect(stripParticle(word)).toBe(word));
});

describe('compound parts', () => {
  it('gives the inner parts of a compound, without its particle', () => {
    expect(compoundParts('탄소중립을')).toEqual(['소중립', '중립']);
    expect(compoundParts('기술임치')).toEqual(['술임치', '임치']);
  });
  it('gives the segments after inner punctuation, which Pagefind keeps inside one word', () => {
    expect(words('전기·수소차 분야')).toEqual(['전기·수소차', '분야']);
    expect(compoundParts('전기·수소차')).toEqual(['수소차', '소차']);
  });
  it('gives nothing for short or non-Korean words', () => {
    expect(compoundParts('중립')).toEqual([]);
    expect(compoundParts('smart')).toEqual([]);
  });
});

describe('alias terms of a page', () => {
  it('adds only parts that no word of the page already begins with', () => {
    expect(aliasTerms('탄소중립 실현과 중립 기술임치제도')).toEqual(['소중립', '술임치제도', '임치제도', '제도', '치제도']);
  });
});

describe('query normalisation', () => {
  it('removes particles from each Korean word and keeps everything else', () => {
    expect(normalizeQuery('  중소기업의  기술보호를 위한 R&D ')).toBe('중소기업 기술보호 위한 R&D');
  });
});

describe('search state in the URL', () => {
  it('round-trips a query and filters in a fixed order', () => {
    const state = { query: '탄소중립', filters: { year: ['2023-plan'], type: ['programme', 'measure'] } };
    const url = writeSearchState(state);
    expect(url).toBe('?q=%ED%83%84%EC%86%8C%EC%A4%91%EB%A6%BD&type=programme&type=measure&year=2023-plan');
    expect(readSearchState(new URLSearchParams(url))).toEqual(state);
  });
  it('keeps one value for single-choice filters and ignores unknown keys', () => {
    expect(readSearchState(new URLSearchParams('?q=&year=2022-result&year=2023-plan&foo=bar'))).toEqual({ query: '', filters: { year: ['2022-result'] } });
  });
  it('asks Pagefind for any of the page types and exactly the other values', () => {
    expect(pagefindFilters({ type: ['programme', 'measure'], agency: ['tipa'] })).toEqual({ type: { any: ['programme', 'measure'] }, agency: 'tipa' });
  });
});
