// Korean and English pages mirror each other: every page exists in both languages and the pair carries the
// same entries (language-neutral element ids and figure groups), the same figures (data-figure) and the same
// internal links, modulo the /en/ prefix. Each difference is named.
import { describe, expect, it } from 'vitest';
import { internalLinks, readBuiltPages } from '../support/pages.ts';

// The 404 page is one bilingual page (a host serves a single one), so it has no counterpart.
const pages = new Map([...(await readBuiltPages())].filter(([path]) => path !== '/404.html'));
const isEnglish = (path: string) => path === '/en/' || path.startsWith('/en/');
const bare = (path: string) => (isEnglish(path) ? path.slice('/en'.length) : path);
const english = (path: string) => `/en${path}`;

const attrs = (html: string, name: string) => new Set([...html.matchAll(new RegExp(`\\s${name}="([^"]+)"`, 'g'))].map((m) => m[1]!));
/** Element ids, except those of headings (MDX derives them from the heading's words, so they differ by language). */
const entryIds = (html: string) =>
  new Set([...html.matchAll(/<([a-z][\w-]*)\b[^>]*?\sid="([^"]+)"/g)].filter((m) => !/^h[1-6]$/.test(m[1]!)).map((m) => m[2]!));

function differences(what: string, ko: Set<string>, en: Set<string>): string[] {
  return [
    ...[...ko].filter((x) => !en.has(x)).map((x) => `${what} ${x} only in Korean`),
    ...[...en].filter((x) => !ko.has(x)).map((x) => `${what} ${x} only in English`),
  ];
}

describe('Korean and English pages', () => {
  const korean = [...pages.keys()].filter((p) => !isEnglish(p));
  const englishPages = [...pages.keys()].filter(isEnglish);

  it('exist in pairs', () => {
    expect(korean.length).toBeGreaterThan(100);
    const missing = [
      ...korean.filter((p) => !pages.has(english(p))).map((p) => `${p}: no English page ${english(p)}`),
      ...englishPages.filter((p) => !pages.has(bare(p))).map((p) => `${p}: no Korean page ${bare(p)}`),
    ];
    expect(missing).toEqual([]);
  });

  it('carry the same entries, figures and internal links', () => {
    const found: string[] = [];
    let figures = 0;
    for (const ko of korean) {
      const en = english(ko);
      const koHtml = pages.get(ko)!;
      const enHtml = pages.get(en);
      if (enHtml === undefined) continue; // reported by the test above
      figures += attrs(koHtml, 'data-figure').size;
      const diffs = [
        ...differences('entry', entryIds(koHtml), entryIds(enHtml)),
        ...differences('figure group', attrs(koHtml, 'data-figure-group'), attrs(enHtml, 'data-figure-group')),
        ...differences('figure', attrs(koHtml, 'data-figure'), attrs(enHtml, 'data-figure')),
        ...differences('link to', new Set(internalLinks(koHtml, ko).map(bare)), new Set(internalLinks(enHtml, en).map(bare))),
      ];
      found.push(...diffs.map((d) => `${ko} ↔ ${en}: ${d}`));
    }
    expect(figures, 'figures carry data-figure').toBeGreaterThan(1000);
    expect(found).toEqual([]);
  });
});
