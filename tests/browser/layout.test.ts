// Layout as phone and desktop readers meet it, in Chromium: figures never break across lines, the phone
// header stays small, the search page shows its first result above the fold, no page scrolls sideways at
// 320 px, wide tables show a scroll hint only while they scroll, and print leaves the header's controls out and
// prints every card.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages, pageOfEachKind } from '../support/pages.ts';
import { chromiumSite } from '../support/chromium-site.ts';
import { drawOffscreenBoxes } from '../support/browser.ts';

const chromium = chromiumSite();
let pages: string[];
beforeAll(async () => {
  pages = (await builtPages()).filter((p) => p.endsWith('/'));
});


/** Visits `paths` at one viewport with two tabs (the machines have two cores), collecting what `check` reports. */
async function visitAll(paths: string[], viewport: { width: number; height: number }, check: (page: Page, path: string) => Promise<string[]>) {
  const queue = [...paths];
  const found: string[] = [];
  await Promise.all([0, 1].map(async () => {
    const page = await chromium.browser.newPage({ viewport });
    for (let path = queue.shift(); path; path = queue.shift()) {
      await page.goto(chromium.site.url + path, { waitUntil: 'load' });
      found.push(...(await check(page, path)));
    }
    await page.close();
  }));
  return found.sort();
}

/** Figures whose text runs over more than one line. */
const brokenFigures = async (page: Page) => {
  await drawOffscreenBoxes(page);
  return page.$$eval('[data-figure]', (els) => els.filter((e) => new Set([...e.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size > 1).map((e) => e.textContent ?? ''));
};

describe('figures and the phone header', () => {
  it.each([360, 1280])('every figure renders on one line at %i px, on every page in both languages', async (width) => {
    let figures = 0;
    const broken = await visitAll(pages, { width, height: 740 }, async (page, path) => {
      figures += await page.locator('[data-figure]').count();
      return (await brokenFigures(page)).map((text) => `${path}: ${text}`);
    });
    expect(figures).toBeGreaterThan(1500); // 1,964 in both languages when this test was written
    expect(broken).toEqual([]);
  }, 1_200_000);

  it('the header takes at most 150 px of a 360 × 740 screen on every page kind, in both languages', async () => {
    const heights = new Map<string, number>();
    const tall = await visitAll(pageOfEachKind, { width: 360, height: 740 }, async (page, path) => {
      const height = await page.$eval('.site-header', (e) => e.getBoundingClientRect().height);
      heights.set(path, height);
      return height > 150 ? [`${path}: ${height}px`] : [];
    });
    expect(heights.size).toBe(pageOfEachKind.length);
    expect(tall).toEqual([]);
  }, 120_000);

  it('no page kind scrolls sideways at 320 px, in both languages', async () => {
    const wide = await visitAll(pageOfEachKind, { width: 320, height: 740 }, async (page, path) => {
      await drawOffscreenBoxes(page);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      return width > 320 ? [`${path}: ${width}px`] : [];
    });
    expect(wide).toEqual([]);
  }, 120_000);
});

describe('search page on a phone', () => {
  it.each([['en', 'deep tech'], ['ko', '스마트공장']])('%s: one search box, and the first result “%s” finds is above the fold', async (locale, query) => {
    const page = await chromium.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${chromium.site.url}${locale === 'en' ? '/en' : ''}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector('#search[data-state="done"]');
    expect(await page.locator('input[type="search"]').count()).toBe(1);
    const title = await page.$eval('#search-results .result-title', (e) => e.getBoundingClientRect().bottom);
    expect(title).toBeLessThanOrEqual(740);
    await page.close();
  });
});

describe('wide tables', () => {
  it('show the scroll hint while they scroll sideways (/en/tasks/4-1/ at 360 px), and not when they fit (1280 px)', async () => {
    const hint = async (width: number) => {
      const page = await chromium.browser.newPage({ viewport: { width, height: 740 } });
      await page.goto(`${chromium.site.url}/en/tasks/4-1/`);
      const shown = await page.$$eval('.prose .table-scroll', (els) => els.map((e) => [e.scrollWidth > e.clientWidth, getComputedStyle(e, '::before').visibility]));
      await page.close();
      return shown;
    };
    expect(await hint(360)).toEqual([[true, 'visible']]);
    expect(await hint(1280)).toEqual([[false, 'hidden']]);
  });

  it('stack figure tables on a phone with the value right under its label', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${chromium.site.url}/en/plan/`);
    const row = page.locator('table.targets tbody tr').filter({ hasText: 'Smart factories deployed' });
    const [label, target] = await Promise.all([row.locator('th').boundingBox(), row.locator('td').last().boundingBox()]);
    expect(target!.x + target!.width).toBeLessThanOrEqual(360);
    expect(target!.y).toBeGreaterThan(label!.y);
    expect(await row.locator('td').last().textContent()).toBe('30,000');
    await page.close();
  });
});

describe('print', () => {
  it('leaves out the header search, the menu and the language switch', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(`${chromium.site.url}/tasks/1-1/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.$$eval('.header-search, .main-nav, .lang-switch', (els) => els.map((e) => getComputedStyle(e).display))).toEqual(['none', 'none', 'none']);
    await page.close();
  });

  it('prints every finder card, drawn or not (content-visibility)', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(`${chromium.site.url}/programmes/`);
    const drawn = () => page.$$eval('.card', (els) => [...new Set(els.map((e) => getComputedStyle(e).contentVisibility))]);
    expect(await drawn()).toEqual(['auto']);
    await page.emulateMedia({ media: 'print' });
    expect(await drawn()).toEqual(['visible']);
    await page.close();
  });
});
