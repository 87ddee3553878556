// The built glossary pages: every programme and agency has an entry on both pages, known entries show both
// names with the right lang, unofficial English names are marked, and entries are in each language's order.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dist, root } from '../support/project.ts';
import { readPage } from '../support/pages.ts';

const slugs = async (folder: string) => (await readdir(join(root, 'content', folder))).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5));
/** The HTML of one entry: from its opening div to the next entry. */
const entry = (html: string, id: string) => html.match(new RegExp(`<div class="glossary-entry" id="${id}">[\\s\\S]*?</div>`))?.[0] ?? '';
/** Headwords (the dfn texts) in page order. */
const headwords = (html: string) => [...html.matchAll(/<dfn>(?:<a [^>]*>)?([^<]+)/g)].map((m) => m[1]!.trim());

const pages = { ko: '', en: '' };
beforeAll(async () => {
  pages.ko = await readPage(dist, '/glossary/');
  pages.en = await readPage(dist, '/en/glossary/');
});

describe('glossary pages', () => {
  it('have an entry for every programme and agency, in both languages', async () => {
    const ids = [...(await slugs('programmes')).map((s) => `programme-${s}`), ...(await slugs('agencies')).map((s) => `agency-${s}`)];
    expect(ids.length).toBeGreaterThan(100);
    for (const html of [pages.ko, pages.en]) expect(ids.filter((id) => !html.includes(`<div class="glossary-entry" id="${id}">`))).toEqual([]);
  });

  it('show a programme under its Korean name with the English in lang="en", and the reverse', () => {
    const ko = entry(pages.ko, 'programme-scale-up-tips');
    expect(ko).toContain('<dfn><a href="/programmes/scale-up-tips/">스케일업 팁스</a></dfn>');
    expect(ko).toContain('<span lang="en">Scale-up TIPS</span>');
    const en = entry(pages.en, 'programme-scale-up-tips');
    expect(en).toContain('<dfn><a href="/en/programmes/scale-up-tips/">Scale-up TIPS</a></dfn>');
    expect(en).toContain('<span lang="ko">스케일업 팁스</span>');
  });

  it('mark translated English names, and only those', () => {
    expect(entry(pages.en, 'programme-customized-technology-partner')).toContain('(translation)');
    expect(entry(pages.ko, 'programme-customized-technology-partner')).toContain('(비공식 번역)');
    expect(entry(pages.en, 'programme-scale-up-tips')).not.toContain('(translation)');
    expect(entry(pages.en, 'agency-tipa')).not.toContain('(translation)');
  });

  it('include abbreviations from content/glossary with both forms and a cross-reference', () => {
    const en = entry(pages.en, 'abbreviation-mpe');
    expect(en).toContain('Materials, parts and equipment');
    expect(en).toContain('(MPE)');
    expect(en).toContain('<span lang="ko">소재·부품·장비 (소부장)</span>');
    expect(pages.en).toMatch(/<dt>MPE<\/dt>\s*<dd>See <a href="#abbreviation-mpe">/);
    expect(pages.ko).toMatch(/<dt>중기부<\/dt>\s*<dd>→ <a href="#agency-mss">중소벤처기업부<\/a> 참조/);
  });

  it('sort the Korean page 가나다 and the English page alphabetically', () => {
    const ko = headwords(pages.ko);
    const en = headwords(pages.en);
    expect(ko).toEqual([...ko].sort(new Intl.Collator('ko', { numeric: true }).compare));
    expect(en).toEqual([...en].sort(new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare));
    // Known neighbours, so that the test does not only agree with itself.
    expect(ko.indexOf('기술보증기금')).toBeLessThan(ko.indexOf('중소벤처기업부'));
    expect(ko.indexOf('중소벤처기업부')).toBeLessThan(ko.indexOf('한국발명진흥회'));
    expect(ko.indexOf('한국발명진흥회')).toBeLessThan(ko.indexOf('i-CON'));
    expect(en.indexOf('Carbon neutrality')).toBeLessThan(en.indexOf('Korea SMEs and Startups Agency'));
    expect(en.indexOf('i-CON')).toBeLessThan(en.indexOf('K-Bio Lab Hub'));
  });
});
