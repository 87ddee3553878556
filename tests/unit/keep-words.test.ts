// Korean words kept whole: the places where Chromium and Firefox break a keep-all line inside a word are glued,
// on lines from the built pages (the engines' suite, tests/browser/engines.test.ts, shows the breaks are gone).
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { keepKoreanWords, longestGluedElement, withoutGlue } from '../../src/lib/keep-words.ts';
import { builtPages } from '../support/pages.ts';
import { dist } from '../support/project.ts';

const ko = (html: string) => keepKoreanWords(`<p lang="ko">${html}</p>`).slice('<p lang="ko">'.length, -'</p>'.length);
const text = (html: string) => html.replace(/<[^>]*>/g, '');

describe('keepKoreanWords', () => {
  it.each([
    ['before an opening bracket', '구축하는 스마트공장 지원(270억원)', '구축하는 스마트공장 지<span class=w>원(</span>270억원)'],
    ['after a middle dot', '대·중소기업 상생협력', '<span class=w>대·중</span>소기업 상생협력'],
    ['after a hyphen', 'K-스마트등대공장', '<span class=w>K-스</span>마트등대공장'],
    ['at each middle dot of a long word', '부처협업형·투자연계형', '부처협업<span class=w>형·투</span>자연계형'],
    ['around an arrow', '조정하고(조선→미래형선박,', '조정하<span class=w>고(</span>조<span class=w>선→미</span>래형선박,'],
    ['around an angle bracket written as a hexadecimal entity, as Astro writes <', '목록&#x3C;예시>를', '목<span class=w>록&#x3C;예</span>시<span class=w>>를</span>'],
    ['around a multiplication sign, an ideograph to Chromium in a Korean page', '24시간×365일 가동', '24시<span class=w>간×3</span>65일 가동'],
    ['after a closing bracket before a particle, and after a year mark', '(’22.6)를', '(<span class=w>’2</span>2.6<span class=w>)를</span>'],
  ])('glues the place %s', (_, line, kept) => {
    expect(ko(line)).toBe(kept);
    expect(text(ko(line))).toBe(line);
  });

  it.each([
    ['numbers with their commas and points, and marks read as letters', '2,180억원 65.5억원 TRL 1~6단계 R&amp;D를'],
    ['a closing bracket or comma that ends a word', '시행) 지원,'],
    ['an opening bracket that starts a word', '(예비타당성 조사'],
    ['words without Hangul', 'Net-Zero R&D/SW'],
  ])('leaves alone %s (no break is possible there)', (_, line) => {
    expect(ko(line)).toBe(line);
  });

  it('glues a word that runs on after a short element, and not after a long one', () => {
    expect(ko('<data value="178">178개 품목</data>(분야')).toBe('<span class=w><data value="178">178개 품목</data>(</span>분야');
    expect(ko('<a href="/x/">목표</a>)를 달성')).toBe('<a href="/x/">목표</a><span class=w>)를</span> 달성');
    const long = `<a href="/x/">${'가'.repeat(longestGluedElement + 1)}</a>(분야`;
    expect(ko(long)).toBe(long);
  });

  it('leaves English text, code, figures, SVG, the head and attributes alone', () => {
    const page = '<html lang="ko"><head><title>지원(예산)</title></head><body><p lang="en">KRW 27 billion (’23)</p>'
      + '<code>content/agencies/&lt;이름&gt;.yaml</code><data value="1">대·중소</data><svg><text>대·중소</text></svg>'
      + '<a title="지원(예산)" href="/a/">x</a><script>const a = "대·중소";</script></body></html>';
    expect(keepKoreanWords(page)).toBe(page);
  });

  it('changes nothing a second time, and withoutGlue gives back the page as written, on every built page', async () => {
    // The built pages have been through it once (scripts/build.ts).
    let glued = 0;
    for (const path of await builtPages()) {
      const html = await readFile(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
      expect(keepKoreanWords(html), path).toBe(html);
      expect(keepKoreanWords(withoutGlue(html)), path).toBe(html);
      if (html.includes('<span class=w>')) glued++;
    }
    expect(glued).toBeGreaterThan(150);
  });

  it('withoutGlue leaves the other spans, inside and outside glue', () => {
    const page = '<p lang="ko"><span class="x">가<span>나</span></span> <span class=w><a href="/a/">목표<span class="mark">↗</span></a>)</span>를</p>';
    expect(withoutGlue(page)).toBe('<p lang="ko"><span class="x">가<span>나</span></span> <a href="/a/">목표<span class="mark">↗</span></a>)를</p>');
  });
});
