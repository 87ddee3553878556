// Search as readers meet it: the built Pagefind index, the search page's own script, real Chromium.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { searchInPlace, searchPage } from '../support/search.ts';
import { chromiumSite } from '../support/chromium-site.ts';
import { nameProbes } from './name-probes.ts';
import { probes } from './search-queries.ts';

const named = await nameProbes();
const chromium = chromiumSite();
let page: Page;
beforeAll(async () => {
  page = await chromium.browser.newPage();
});

const done = (p: Page) => p.waitForSelector('#search[data-state="done"]');
const resultPaths = (p: Page) => p.$$eval('#search-results a.result-title', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

describe('search finds what readers mean', () => {
  it(`has at least 40 probes in both languages`, () => {
    expect(probes.length).toBeGreaterThanOrEqual(40);
    expect(new Set(probes.map(([locale]) => locale))).toEqual(new Set(['ko', 'en']));
  });

  it.each(probes)('%s “%s” → %s in the top 5 (%s)', async (locale, query, expected) => {
    const top = (await searchPage(page, chromium.site.url, locale, query)).slice(0, 5);
    expect(top, `top 5 for “${query}”: ${top.join(' ')}`).toContain(expected);
  });

  // Generated from content: every programme, roadmap field (current and earlier names) and synonym.
  it('has a first-place probe for every programme name in both languages', () => {
    expect(named.filter(([, , path, why]) => why === 'programme name' && path.startsWith('/programmes/'))).toHaveLength(83);
    expect(named.filter(([, , path, why]) => why === 'programme name' && path.startsWith('/en/programmes/'))).toHaveLength(83);
  });

  it.each(['ko', 'en'] as const)('puts the page named by the query first (%s, generated probes)', async (locale) => {
    await searchPage(page, chromium.site.url, locale, '');
    const misses: string[] = [];
    for (const [, query, expected, why] of named.filter(([l]) => l === locale)) {
      const first = (await searchInPlace(page, query)).paths[0];
      if (first !== expected) misses.push(`“${query}” (${why}) → ${first ?? 'nothing'}, expected ${expected}`);
    }
    expect(misses).toEqual([]);
  }, 600_000);
});

describe('search page', () => {
  it('announces the number of results in a live region', async () => {
    const results = await searchPage(page, chromium.site.url, 'ko', '기술임치');
    expect(await page.getAttribute('#search-status', 'role')).toBe('status');
    expect(await page.textContent('#search-status')).toBe(`‘기술임치’ 검색 결과 ${results.length}건`);
    expect(results.length).toBeGreaterThan(0);
  });

  it.each([
    ['ko', '드론 배송', '‘드론 배송’의 낱말이 모두 들어간 페이지는 없습니다. 낱말 일부가 들어간 페이지 {n}건을 보여 드립니다.'],
    ['en', '이차전지 소재', 'No page has all the words of “이차전지 소재”. Showing {n} pages with some of them.'],
  ] as const)('says plainly when no page has all the words, and shows pages with some (%s)', async (locale, query, notice) => {
    const results = await searchPage(page, chromium.site.url, locale, query);
    expect(results.length).toBeGreaterThan(1);
    expect(await page.textContent('#search-status')).toBe(notice.replace('{n}', String(results.length)));
  });

  it('tells results with the same title apart by year in the title line', async () => {
    await searchPage(page, chromium.site.url, 'ko', '장기재직');
    const titles = await page.$$eval('#search-results a.result-title', (as) => as.map((a) => a.textContent));
    expect(titles).toContain('장기재직을 위한 내일채움공제 확산 · 2022년 실적');
    expect(titles).toContain('장기재직을 위한 내일채움공제 확산 · 2023년 계획');
    expect(titles[0]).toBe('내일채움공제');
    await searchPage(page, chromium.site.url, 'en', 'AI manufacturing data platform');
    const en = await page.$$eval('#search-results a.result-title', (as) => as.map((a) => a.textContent));
    expect(en).toContain('Upgrading smart manufacturing through the AI manufacturing data platform · 2022 results');
    expect(en).toContain('Upgrading smart manufacturing through the AI manufacturing data platform · 2023 plans');
  });

  it('starts and ends excerpts at whole words, with … where the page goes on', async () => {
    const results = await searchPage(page, chromium.site.url, 'ko', '수소');
    const excerpt = await page.textContent(`#search-results li:nth-child(${results.indexOf('/tasks/1-1/') + 1}) .result-excerpt`);
    expect(excerpt).toMatch(/^… 위해 기업주도형, .* 수소, .* …$/);
  });

  it('keeps the query and filters when switching language', async () => {
    await searchPage(page, chromium.site.url, 'ko', '배터리', { type: ['roadmap-field'] });
    const href = () => page.getAttribute('header a[hreflang="en"]', 'href');
    expect(await href()).toBe(`/en/search/?q=${encodeURIComponent('배터리')}&type=roadmap-field`);
    await searchInPlace(page, '드론');
    expect(await href()).toBe(`/en/search/?q=${encodeURIComponent('드론')}&type=roadmap-field`);
    await page.click('header a[hreflang="en"]');
    await page.waitForURL(/\/en\/search\//);
    await page.waitForSelector('#search[data-state="done"]');
    expect(await page.inputValue('#search-q')).toBe('드론');
    expect(await page.isChecked('input[name="type"][value="roadmap-field"]')).toBe(true);
    expect((await page.$$eval('#search-results a.result-title', (as) => as.map((a) => (a as HTMLAnchorElement).pathname)))[0]).toBe('/en/roadmap/drones-personal-mobility/');
    expect(await page.getAttribute('header a[hreflang="ko"]', 'href')).toBe(`/search/?q=${encodeURIComponent('드론')}&type=roadmap-field`);
  });

  it('shows a query with HTML as text and never runs it', async () => {
    const attack = '<img src=x onerror="window.__xss=1">';
    await searchPage(page, chromium.site.url, 'ko', attack);
    expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined();
    expect(await page.locator('#search img, #search-status img').count()).toBe(0);
    expect(await page.inputValue('#search-q')).toBe(attack);
    expect(await page.textContent('#search-status')).toContain(attack);
  });

  it('keeps the query and filters in the URL, and the back button restores the previous search', async () => {
    await searchPage(page, chromium.site.url, 'ko', '스마트공장');
    const all = await resultPaths(page);
    await page.click('details.search-filters summary');
    await page.check('input[name="type"][value="programme"]');
    await page.waitForURL(/type=programme/);
    await done(page);
    const programmes = await resultPaths(page);
    expect(programmes.length).toBeGreaterThan(0);
    expect(programmes.every((p) => p.startsWith('/programmes/'))).toBe(true);
    expect(new URL(page.url()).search).toBe(`?q=${encodeURIComponent('스마트공장')}&type=programme`);
    await page.goBack();
    await done(page);
    expect(await page.isChecked('input[name="type"][value="programme"]')).toBe(false);
    expect(await resultPaths(page)).toEqual(all);
  });

  it('filters by agency and year through Pagefind filters', async () => {
    const results = await searchPage(page, chromium.site.url, 'ko', '', { agency: ['kibo'], type: ['programme'] });
    expect(results.length).toBeGreaterThan(0);
    for (const path of results) {
      const html = await (await fetch(chromium.site.url + path)).text();
      expect(html, path).toContain('data-pagefind-filter="agency:kibo"');
    }
    const plans = await searchPage(page, chromium.site.url, 'en', 'smart factory', { year: ['2023-plan'], type: ['measure'] });
    expect(plans.length).toBeGreaterThan(0);
    expect(plans.every((p) => p.startsWith('/en/measures/2023-'))).toBe(true);
  });

  it('can be used with the keyboard alone: header box, results, open one', async () => {
    await page.goto(chromium.site.url + '/');
    for (let i = 0; i < 20 && (await page.evaluate(() => document.activeElement?.id)) !== 'header-search-q'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search-q');
    await page.keyboard.type('기술임치');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await done(page);
    await page.focus('#search-q');
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).pathname);
    expect(first).toBe('/programmes/technology-escrow/');
    await page.keyboard.press('Enter');
    await page.waitForURL(/technology-escrow/);
  });

  it('without JavaScript the header form still leads to the search page, which points to the programme finder', async () => {
    const context = await chromium.browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(chromium.site.url + '/en/');
    await noJs.fill('#header-search-q', 'escrow');
    await noJs.press('#header-search-q', 'Enter');
    await noJs.waitForURL(/\/en\/search\/\?q=escrow/);
    expect(await noJs.textContent('noscript')).toContain('Search needs JavaScript');
    expect(await noJs.getAttribute('noscript a', 'href')).toBe('/en/programmes/');
    await context.close();
  });

  it.each([['ko', '기술'], ['en', 'technology']] as const)('has no axe violation with results and filters open (%s)', async (locale, query) => {
    // axe is injected as an inline script, which the site's CSP rightly blocks.
    const context = await chromium.browser.newContext({ bypassCSP: true });
    const axePage = await context.newPage();
    await searchPage(axePage, chromium.site.url, locale, query, { type: ['programme', 'measure'] });
    expect(await axePage.locator('details.search-filters[open]').count()).toBe(1);
    expect((await resultPaths(axePage)).length).toBeGreaterThan(0);
    expect(await axeViolations(axePage)).toEqual([]);
    await context.close();
  });
});
