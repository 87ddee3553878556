// The routes a new reader takes, in Chromium at a phone and a desktop width, in both languages: the home
// page's three questions on the first screen, programme pages linked both ways, and a finder that does not
// shift as its script starts.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import ko from '../../src/i18n/ko.json';
import en from '../../src/i18n/en.json';
import { chromiumSite } from '../support/chromium-site.ts';

const screens = [{ width: 360, height: 740 }, { width: 1280, height: 800 }];
const locales = [{ prefix: '', ui: ko }, { prefix: '/en', ui: en }];
const chromium = chromiumSite();

async function open(path: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await chromium.browser.newPage({ viewport });
  await page.goto(chromium.site.url + path);
  return page;
}

describe.each(locales)('home page ($prefix)', ({ prefix, ui }) => {
  it.each(screens)('shows the three routes inside <main> on the first screen at $width px', async (viewport) => {
    const page = await open(`${prefix}/`, viewport);
    const routes = await page.$$eval('.route', (els) => els.map((el) => {
      const box = el.getBoundingClientRect();
      const link = el.querySelector('h3 a') as HTMLAnchorElement;
      return { inMain: !!el.closest('main'), bottom: box.bottom + window.scrollY, text: link.textContent, href: link.getAttribute('href') };
    }));
    expect(routes.map((r) => [r.text, r.href])).toEqual([
      [ui['home.route.programmes'], `${prefix}/programmes/`],
      [ui['home.route.roadmap'], `${prefix}/roadmap/`],
      [ui['home.route.plan'], '#summary'],
    ]);
    for (const r of routes) {
      expect(r.inMain).toBe(true);
      expect(r.bottom, `${r.text} ends at ${r.bottom}px`).toBeLessThanOrEqual(viewport.height);
    }
    // The first route carries a search box that sends its words to the finder.
    const box = await page.$eval('.route input[name="q"]', (el) => ({ bottom: el.getBoundingClientRect().bottom, action: (el as HTMLInputElement).form!.getAttribute('action') }));
    expect(box.action).toBe(`${prefix}/programmes/`);
    expect(box.bottom).toBeLessThanOrEqual(viewport.height);
    await page.close();
  });

  it('links every item of the at-a-glance section to its strategy or task page', async () => {
    const page = await open(`${prefix}/`, screens[1]!);
    const items = await page.$$eval('.at-a-glance .prose h3, .at-a-glance .prose > ul > li', (els) =>
      els.map((el) => el.querySelector(':scope > a, :scope > strong > a')?.getAttribute('href') ?? null));
    const strategies = ['1', '2', '3', '4'].map((n) => `${prefix}/strategies/${n}/`);
    const tasks = (start: string[]) => start.map((id) => `${prefix}/tasks/${id}/`);
    const year = [strategies[0], ...tasks(['1-1', '1-2', '1-3']), strategies[1], ...tasks(['2-1', '2-2']), strategies[2], ...tasks(['3-1', '3-2', '3-3']), strategies[3], ...tasks(['4-1', '4-2'])];
    expect(items).toEqual([...year, ...year]);
    await page.close();
  });

  it('sends the search box to the finder, which shows only the programmes with those words', async () => {
    const page = await open(`${prefix}/`, screens[0]!);
    await page.fill('.route input[name="q"]', prefix ? 'learning centres' : '배움터');
    await page.press('.route input[name="q"]', 'Enter');
    await page.waitForURL(/\/programmes\/\?q=/);
    await page.waitForFunction(() => document.querySelectorAll('[data-facets][hidden]').length > 0);
    const shown = await page.$$eval('[data-facets]:not([hidden]) .card-title a', (els) => els.map((a) => (a as HTMLAnchorElement).pathname));
    expect(shown).toEqual([`${prefix}/programmes/smart-factory-learning-centres/`]);
    await page.close();
  });

  it('says in the footer of every page which documents it reflects and their dates', async () => {
    const page = await open(`${prefix}/programmes/`, screens[1]!);
    const footer = await page.textContent('footer');
    expect(footer).toContain(ui['footer.asOf'].replace('{date}', prefix ? '2023' : '2023년'));
    expect(footer).toContain(ui['footer.asOf'].replace('{date}', prefix ? '27 January 2022' : '2022. 1. 27.'));
    await page.close();
  });
});

describe.each(locales)('programme pages ($prefix)', ({ prefix, ui }) => {
  it.each(screens)('link a programme and its successor both ways at $width px', async (viewport) => {
    const pairs = [['naeil-chaeum', 'successors', 'naeil-chaeum-plus'], ['naeil-chaeum-plus', 'predecessors', 'naeil-chaeum']];
    for (const [from, relation, to] of pairs) {
      const page = await open(`${prefix}/programmes/${from}/`, viewport);
      const link = page.locator(`a[data-relation="${relation}"]`);
      expect(await link.getAttribute('href')).toBe(`${prefix}/programmes/${to}/`);
      expect(await link.isVisible()).toBe(true);
      expect(await page.textContent('#related-programmes + dl dt')).toBe(ui[`programme.${relation}` as 'programme.successors']);
      await page.close();
    }
  });

  it('links a related programme from the page that does not store the link, and TIPS to its glossary entry', async () => {
    const page = await open(`${prefix}/programmes/deep-tech-tips/`, screens[0]!);
    expect(await page.getAttribute('a[data-relation="related"]', 'href')).toBe(`${prefix}/programmes/scale-up-tips/`);
    expect(await page.$$eval('#terms + ul a', (els) => els.map((a) => a.getAttribute('href')))).toContain(`${prefix}/glossary/#abbreviation-tips`);
    await page.close();
  });

  it('says the plan period has ended and where current information is, with https addresses only', async () => {
    const page = await open(`${prefix}/programmes/naeil-chaeum-plus/`, screens[0]!);
    const box = await page.textContent('.as-of');
    expect(box).toContain(ui['asOf.ended']);
    const hrefs = await page.$$eval('a.external', (els) => els.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['https://www.mss.go.kr/', 'https://www.bizinfo.go.kr/']);
    expect(await page.textContent('.facts')).toContain(ui['programme.ministryOnly'].replace('{ministry}', prefix ? 'Ministry of SMEs and Startups' : '중소벤처기업부'));
    await page.close();
  });
});

describe('programme finder layout', () => {
  it.each(locales.flatMap((l) => screens.map((s) => ({ ...l, ...s }))))('does not shift as it loads ($prefix, $width px)', async ({ prefix, width, height }) => {
    const page = await chromium.browser.newPage({ viewport: { width, height } });
    await page.goto(chromium.site.url + `${prefix}/programmes/`, { waitUntil: 'load' });
    const shift = await page.evaluate(() => new Promise<number>((resolve) => {
      let total = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) total += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
      setTimeout(() => resolve(total), 1000);
    }));
    expect(shift).toBe(0);
    await page.close();
  });
});
