// Nothing moves while the search page and the programme finder load and their scripts take over: Chromium's
// own layout-shift entries (what Lighthouse's CLS adds up), at a phone and a desktop width, in both languages,
// with the site's security headers as the host sends them. The CPU runs 6× slower, as on a slow phone, so that
// frames are drawn while the page is still being parsed (a half-parsed form that rewraps is a shift too).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumSite } from '../support/chromium-site.ts';

const chromium = chromiumSite({ withHostHeaders: true });

const searches = ['/search/?q=스마트공장', '/en/search/?q=smart+factory', '/search/', '/en/search/', '/search/?q=배터리&type=roadmap-field', '/en/search/?q=tips&type=programme'];
const finders = ['/programmes/', '/en/programmes/', '/programmes/?q=내일채움', '/en/programmes/?theme=smart-factory', '/programmes/?audience=startups'];

/** The layout shifts of loading `path` (not those right after input), each with the elements that moved. */
async function shiftsOf(page: Page, path: string): Promise<string[]> {
  await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 6 });
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: string[] };
    w.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] })[]) {
        if (entry.hadRecentInput) continue;
        const moved = entry.sources.map((s) => (s.node instanceof Element ? `${s.node.localName}${s.node.id ? '#' + s.node.id : ''}.${s.node.className}` : s.node?.nodeName ?? '?'));
        w.shifts.push(`${entry.value.toFixed(4)} ${moved.join(', ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(chromium.site.url + path, { waitUntil: 'load' });
  // The search page says when its search has finished; then give late frames time to land.
  if (path.includes('/search/')) await page.waitForSelector('#search[data-state="done"]');
  await page.waitForTimeout(500);
  return (await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).map((s) => `${path}: ${s}`);
}

describe('layout shift', () => {
  it.each([[360, 740], [1280, 800]])('the search page and the programme finder do not move while they load, at %i px', async (width, height) => {
    const shifts: string[] = [];
    for (const path of [...searches, ...finders]) {
      const page = await chromium.browser.newPage({ viewport: { width, height } });
      shifts.push(...(await shiftsOf(page, path)));
      await page.close();
    }
    expect(shifts).toEqual([]);
  }, 300_000);
});
