// Search as readers meet it: the built Pagefind index, the search page's own script, real Chromium.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { launch } from '../support/browser.ts';
import { searchPage } from '../support/search.ts';
import { serve } from '../support/server.ts';
import { probes } from './search-queries.ts';

let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;
let page: Page;
beforeAll(async () => {
  site = await serve('dist');
  browser = await launch();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const done = (p: Page) => p.waitForSelector('#search[data-state="done"]');
const resultPaths = (p: Page) => p.$$eval('#search-results a.result-title', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

describe('search finds what readers mean', () => {
  it(`has at least 40 probes in both languages`, () => {
    expect(probes.length).toBeGreaterThanOrEqual(40);
    expect(new Set(probes.map(([locale]) => locale))).toEqual(new Set(['ko', 'en']));
  });

  it.each(probes)('%s “%s” → %s in the top 5 (%s)', async (locale, query, expected) => {
    const top = (await searchPage(page, site.url, locale, query)).slice(0, 5);
    expect(top, `top 5 for “${query}”: ${top.join(' ')}`).toContain(expected);
  });
});

describe('search page', () => {
  it('announces the number of results in a live region', async () => {
    const results = await searchPage(page, site.url, 'ko', '기술임치');
    expect(await page.getAttribute('#search-status', 'role')).toBe('status');
    expect(await page.textContent('#search-status')).toBe(`‘기술임치’ 검색 결과 ${results.length}건`);
    expect(results.length).toBeGreaterThan(0);
  });

  it('shows a query with HTML as text and never runs it', async () => {
    const attack = '<img src=x onerror="window.__xss=1">';
    await searchPage(page, site.url, 'ko', attack);
    expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined();
    expect(await page.locator('#search img, #search-status img').count()).toBe(0);
    expect(await page.inputValue('#search-q')).toBe(attack);
    expect(await page.textContent('#search-status')).toContain(attack);
  });

  it('keeps the query and filters in the URL, and the back button restores the previous search', async () => {
    await searchPage(page, site.url, 'ko', '스마트공장');
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
    const results = await searchPage(page, site.url, 'ko', '', { agency: ['kibo'], type: ['programme'] });
    expect(results.length).toBeGreaterThan(0);
    for (const path of results) {
      const html = await (await fetch(site.url + path)).text();
      expect(html, path).toContain('data-pagefind-filter="agency:kibo"');
    }
    const plans = await searchPage(page, site.url, 'en', 'smart factory', { year: ['2023-plan'], type: ['measure'] });
    expect(plans.length).toBeGreaterThan(0);
    expect(plans.every((p) => p.startsWith('/en/measures/2023-'))).toBe(true);
  });

  it('can be used with the keyboard alone: header box, results, open one', async () => {
    await page.goto(site.url + '/');
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
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(site.url + '/en/');
    await noJs.fill('#header-search-q', 'escrow');
    await noJs.press('#header-search-q', 'Enter');
    await noJs.waitForURL(/\/en\/search\/\?q=escrow/);
    expect(await noJs.textContent('noscript')).toContain('Search needs JavaScript');
    expect(await noJs.getAttribute('noscript a', 'href')).toBe('/en/programmes/');
    await context.close();
  });

  it.each([['ko', '기술'], ['en', 'technology']] as const)('has no axe violation with results and filters open (%s)', async (locale, query) => {
    // axe is injected as an inline script, which the site's CSP rightly blocks.
    const context = await browser.newContext({ bypassCSP: true });
    const axePage = await context.newPage();
    await searchPage(axePage, site.url, locale, query, { type: ['programme', 'measure'] });
    expect(await axePage.locator('details.search-filters[open]').count()).toBe(1);
    expect((await resultPaths(axePage)).length).toBeGreaterThan(0);
    expect(await axeViolations(axePage)).toEqual([]);
    await context.close();
  });
});
