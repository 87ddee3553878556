import { describe, expect, it } from 'vitest';
import { cardKeywords, facetTokens, facetsOfTokens, keywordMatches, matches, readFinderState, writeFinderState } from '../../src/lib/finder.ts';

describe('programme finder filters', () => {
  const facets = { theme: ['startups', 'rd'], audience: ['startups', 'smes'], kind: ['rd'], agency: ['mss', 'tipa'], strategy: ['1'], task: ['1-1', '1-3'] };
  const text = '딥테크 팁스 바이오, 인공지능 등 미래 선도분야를 지원하는 팁스 트랙';
  it('matches when every chosen value is among the programme’s values', () => {
    expect(matches(facets, text, {})).toBe(true);
    expect(matches(facets, text, { audience: 'smes', task: '1-3' })).toBe(true);
    expect(matches(facets, text, { theme: 'rd' })).toBe(true);
    expect(matches(facets, text, { theme: 'smart-factory' })).toBe(false);
    expect(matches(facets, text, { audience: 'smes', kind: 'loan' })).toBe(false);
  });
  it('matches the keyword box anywhere in the card text, without particles, ignoring case', () => {
    expect(keywordMatches(text, '팁스를')).toBe(true);
    expect(keywordMatches(text, '테크')).toBe(true);
    expect(keywordMatches(text, '인공지능 바이오')).toBe(true);
    expect(keywordMatches(text, '인공지능 스마트공장')).toBe(false);
    expect(keywordMatches('Deep Tech TIPS', 'tips')).toBe(true);
    expect(keywordMatches(text, '  ')).toBe(true);
    expect(matches(facets, text, { q: '팁스', theme: 'smart-factory' })).toBe(false);
  });
  it('writes a card’s filter values as one token list and reads them back', () => {
    expect(facetTokens(facets)).toBe('theme:startups theme:rd audience:startups audience:smes kind:rd agency:mss agency:tipa strategy:1 task:1-1 task:1-3');
    expect(facetsOfTokens(facetTokens(facets))).toEqual(facets);
    expect(facetsOfTokens('kind:loan')).toEqual({ theme: [], audience: [], kind: ['loan'], agency: [], strategy: [], task: [] });
    // A later plan's tasks and strategies are numbered within their plan (`5/1-1`).
    const later = { ...facets, strategy: ['1', '5/1'], task: ['1-1', '5/1-1'] };
    expect(facetTokens(later)).toContain('strategy:5/1 task:1-1 task:5/1-1');
    expect(facetsOfTokens(facetTokens(later))).toEqual(later);
    expect(() => facetTokens({ ...facets, agency: ['mss tipa'] })).toThrow('Finder agency value "mss tipa": expected an id without spaces');
  });
  it('round-trips its state through the URL in a fixed order', () => {
    expect(writeFinderState({ task: '1-1', audience: 'smes', q: ' 팁스 ' })).toBe(`?q=${encodeURIComponent('팁스')}&audience=smes&task=1-1`);
    expect(readFinderState(new URLSearchParams('?task=1-1&audience=smes&x=1&theme=rd'))).toEqual({ theme: 'rd', audience: 'smes', task: '1-1' });
    expect(readFinderState(new URLSearchParams('?q=%20'))).toEqual({});
    expect(writeFinderState({})).toBe('');
  });

  it('gives a card its name and themes in the other language and the synonyms of what it says', () => {
    const card = {
      name: { ko: '내일채움공제', en: 'Naeil Chaeum Mutual Aid' },
      summary: { ko: '핵심인력의 장기근속을 위한 공제', en: 'Mutual aid for key employees' },
      themes: [{ ko: '인력·장기재직', en: 'People and skills' }],
    };
    const groups = [{ terms: ['장기재직', 'long service'], means: ['내일채움공제'] }, { terms: ['넷제로'], means: ['탄소중립'] }];
    expect(cardKeywords(card, 'en', groups)).toBe('내일채움공제 인력·장기재직 장기재직 long service');
    expect(cardKeywords(card, 'ko', groups)).toBe('Naeil Chaeum Mutual Aid People and skills 장기재직 long service');
    // A synonym counts when either language says what it means; an English name yet to be translated is left out.
    expect(cardKeywords({ ...card, name: { ko: '탄소중립 전환' }, themes: [] }, 'ko', groups)).toBe('넷제로');
    expect(keywordMatches(['Naeil Chaeum Mutual Aid', cardKeywords(card, 'en', groups)].join(' '), '내일채움공제를')).toBe(true);
  });
});

