// Synonyms applied at index time: which terms a page gets, and where.
import { describe, expect, it } from 'vitest';
import { mentionedIn, placeSynonyms, synonymGroups, type FieldNames } from '../../src/lib/search-synonyms.ts';

const fields = new Map<string, FieldNames>([
  ['secondary-batteries', { editions: [{ name: { ko: '이차전지', en: 'Secondary batteries' } }, {}] }],
  ['ceramics', { editions: [{ name: { ko: '무기화학', en: 'Inorganic chemistry' } }, { name: { ko: '세라믹', en: 'Ceramics' } }] }],
]);

describe('synonym groups', () => {
  const groups = synonymGroups([{ terms: ['배터리', 'battery'], field: 'secondary-batteries' }, { terms: ['장기재직'], means: '내일채움공제' }], fields);
  it('gives a field synonym every name of the field, and a word synonym its word', () => {
    expect(groups[0]).toEqual({ terms: ['배터리', 'battery'], means: ['이차전지', 'Secondary batteries'] });
    expect(groups[1]).toEqual({ terms: ['장기재직'], means: ['내일채움공제'] });
  });
  it('adds the earlier names of a renamed field on their own, meaning its current names', () => {
    expect(groups.slice(2)).toEqual([{ terms: ['무기화학', 'Inorganic chemistry'], means: ['세라믹', 'Ceramics'] }]);
  });
});

describe('where a page has a meaning', () => {
  it('finds Korean inside compounds and before particles, other words only whole', () => {
    expect(mentionedIn('리튬이차전지를 개발')('이차전지')).toBe(true);
    expect(mentionedIn('Naeil Chaeum Mutual Aid')('AI')).toBe(false);
    expect(mentionedIn('the AI platform')('ai')).toBe(true);
    expect(mentionedIn('Secondary batteries field')('secondary batteries')).toBe(true);
  });
});

describe('placing synonyms on a page', () => {
  const groups = synonymGroups([{ terms: ['배터리', 'battery'], field: 'secondary-batteries' }, { terms: ['장기재직'], means: '내일채움공제' }], fields);
  it('names the page named by the meaning, so it ranks first', () => {
    expect(placeSynonyms({ names: ['이차전지', 'Secondary batteries'], title: '이차전지', body: '이차전지 분야' }, groups))
      .toEqual({ names: ['배터리', 'battery'], title: [], body: [] });
    expect(placeSynonyms({ names: ['세라믹', 'Ceramics'], title: '세라믹', body: '' }, groups).names).toEqual(['무기화학', 'Inorganic chemistry']);
  });
  it('gives the terms to the title of a page with the meaning in its title, else to its text', () => {
    expect(placeSynonyms({ names: [], title: '장기재직을 위한 내일채움공제 확산', body: '이차전지 등 미래 선도분야' }, groups))
      .toEqual({ names: [], title: ['장기재직'], body: ['배터리', 'battery'] });
  });
  it('gives nothing to a page without the meaning', () => {
    expect(placeSynonyms({ names: ['스마트공장'], title: '스마트공장', body: '스마트공장 보급' }, groups)).toEqual({ names: [], title: [], body: [] });
  });
});
