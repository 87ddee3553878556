// Result excerpts: Pagefind's excerpt as text parts, cut to whole words, with … where the page goes on.
import { describe, expect, it } from 'vitest';
import { excerptParts, trimExcerpt, type ExcerptPart } from '../../src/lib/excerpt.ts';

/** Parts written back with [brackets] for marks, so expectations read as one string. */
const show = (parts: ExcerptPart[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');
const trim = (excerpt: string, content: string) => show(trimExcerpt(excerptParts(excerpt), content));

describe('Pagefind excerpt as parts', () => {
  it('keeps only <mark> as markup; any other tag-like text stays text', () => {
    expect(excerptParts('스마트공장 <mark>기술임치</mark> 지원 <img src=x>')).toEqual([
      { text: '스마트공장 ', mark: false }, { text: '기술임치', mark: true }, { text: ' 지원 <img src=x>', mark: false },
    ]);
  });
});

describe('excerpt trimmed to whole words', () => {
  const content = '과제 1-1 혁신역량 기반 R&D 사업구조 개편 · 2022 실적. 포스트코로나 대비 혁신역량 강화. 성장지원: 창업기업에서 중견기업으로 성장을 위해 기업주도형, 생태계 협력형 등 성장주기별 맞춤형 1조 1,081억원 지원 전략분야: 자율주행, 수소, 바이오헬스, 이차전지, 탄소중립 등 미래 선도분야 기술혁신 집중 지원';

  it('marks a start and an end inside the page text with …', () => {
    expect(trim('위해 기업주도형, 생태계 협력형 등 성장주기별 맞춤형 1조 1,081억원 지원 전략분야: 자율주행, <mark>수소,</mark> 바이오헬스, 이차전지', content))
      .toBe('… 위해 기업주도형, 생태계 협력형 등 성장주기별 맞춤형 1조 1,081억원 지원 전략분야: 자율주행, [수소,] 바이오헬스, 이차전지 …');
  });

  it('drops the piece of a word it starts or ends in', () => {
    expect(trim('주기별 맞춤형 1조 1,081억원 <mark>지원</mark> 전략분야: 자율', content)).toBe('… 맞춤형 1조 1,081억원 [지원] 전략분야: …');
    expect(trim('Mutual <mark>Aid</mark> Plus for young employ', 'Naeil Chaeum Mutual Aid Plus for young employees')).toBe('… Mutual [Aid] Plus for young …');
  });

  it('never drops a found word, even a cut one', () => {
    expect(trim('<mark>주기별</mark> 맞춤형', content)).toBe('… [주기별] 맞춤형 …');
  });

  it('starts at a sentence that begins early, before the first word found', () => {
    expect(trim('개편 · 2022 실적. 포스트코로나 대비 혁신역량 강화. 성장지원: 창업기업에서 중견기업으로 <mark>성장을</mark> 위해 기업주도형, 생태계 협력형', content))
      .toBe('… 포스트코로나 대비 혁신역량 강화. 성장지원: 창업기업에서 중견기업으로 [성장을] 위해 기업주도형, 생태계 협력형 …');
  });

  it('adds nothing where the excerpt is the start or the end of the page', () => {
    expect(trim('과제 1-1 혁신역량 <mark>기반</mark> R&D', content)).toBe('과제 1-1 혁신역량 [기반] R&D …');
    expect(trim('탄소중립 등 미래 선도분야 기술혁신 집중 <mark>지원</mark>', content)).toBe('… 탄소중립 등 미래 선도분야 기술혁신 집중 [지원]');
  });

  it('leaves an excerpt it cannot find in the page as it is', () => {
    expect(trim('다른 <mark>페이지</mark>', content)).toBe('다른 [페이지]');
  });
});
