// Glossary order and grouping: 가나다 with double consonants filed under their plain initial, Latin after
// Hangul on the Korean page, A–Z on the English page, and short forms as cross-references.
import { describe, expect, it } from 'vitest';
import { glossaryGroups, glossaryRows, initialOf, type GlossaryInput } from '../../src/lib/glossary.ts';

const programme = (id: string, ko: string, en: string, operators: string[] = []) => ({
  id, data: { name: { ko, en }, englishName: 'translation' as const, summary: { ko: `${ko} 설명`, en: `${en} summary` }, ministry: 'mss', operators },
});
const input: GlossaryInput = {
  programmes: [
    programme('smart-factory', '스마트공장 보급·구축', 'Smart factory deployment'),
    programme('technology-exchange', '기술교류 상담회', 'Technology exchange meetings', ['kosmes']),
    programme('two-win', '2Win-Bridge', '2Win-Bridge'),
    programme('rd-intern', 'R&D 산업인턴', 'R&D industry internship'),
  ],
  agencies: [
    { id: 'mss', data: { name: { ko: '중소벤처기업부', en: 'Ministry of SMEs and Startups' }, short: { ko: '중기부', en: 'MSS' }, englishName: 'official' } },
    { id: 'kosmes', data: { name: { ko: '중소벤처기업진흥공단', en: 'Korea SMEs and Startups Agency' }, short: { ko: '중진공', en: 'KOSME' }, englishName: 'official' } },
  ],
  terms: [
    { id: 'mpe', data: { name: { ko: '소재·부품·장비', en: 'Materials, parts and equipment' }, short: { ko: '소부장', en: 'MPE' }, kind: 'abbreviation', englishName: 'translation', definition: { ko: '정의', en: 'definition' }, programmes: [] } },
    { id: 'tag', data: { name: { ko: '꼬리표', en: 'Tag' }, kind: 'term', englishName: 'translation', definition: { ko: '정의', en: 'definition' }, programmes: ['smart-factory'] } },
  ],
};
const rows = glossaryRows(input);
const listing = (locale: 'ko' | 'en') => glossaryGroups(rows, locale).map((g) => `${g.label}: ${g.items.map((i) => (i.type === 'see' ? `${i.term}→` : i.term)).join(', ')}`);

describe('glossary rows', () => {
  it('has one row per programme, agency and term, with unique anchors', () => {
    expect(rows.map((r) => r.id).sort()).toEqual([
      'abbreviation-mpe', 'agency-kosmes', 'agency-mss', 'programme-rd-intern', 'programme-smart-factory',
      'programme-technology-exchange', 'programme-two-win', 'term-tag',
    ]);
  });
  it('gives an agency the programmes it is responsible for or runs', () => {
    expect(rows.find((r) => r.id === 'agency-kosmes')!.programmes).toEqual(['technology-exchange']);
    expect(rows.find((r) => r.id === 'agency-mss')!.programmes).toHaveLength(4);
  });
});

describe('glossary order', () => {
  it('sorts the Korean page 가나다, digits first and Latin last, short forms as cross-references', () => {
    expect(listing('ko')).toEqual([
      '0–9: 2Win-Bridge',
      'ㄱ: 기술교류 상담회, 꼬리표',
      'ㅅ: 소부장→, 소재·부품·장비, 스마트공장 보급·구축',
      'ㅈ: 중기부→, 중소벤처기업부, 중소벤처기업진흥공단, 중진공→',
      'R: R&D 산업인턴',
    ]);
  });
  it('sorts the English page A–Z, ignoring case', () => {
    expect(listing('en')).toEqual([
      '0–9: 2Win-Bridge',
      'K: Korea SMEs and Startups Agency, KOSME→',
      'M: Materials, parts and equipment, Ministry of SMEs and Startups, MPE→, MSS→',
      'R: R&D industry internship',
      'S: Smart factory deployment',
      'T: Tag, Technology exchange meetings',
    ]);
  });
  it('files a syllable under its plain initial consonant', () => {
    expect([initialOf('까치'), initialOf('스마트'), initialOf('i-CON'), initialOf('4차')]).toEqual(['ㄱ', 'ㅅ', 'I', '0–9']);
  });
});
