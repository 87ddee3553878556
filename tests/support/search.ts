// Runs a search the way a reader does: opens the search page with `?q=` in Chromium, waits for the
// page's own script to finish, and reads the result links in order.
import type { Page } from 'playwright-core';
import { writeSearchState, type Filters } from '../../src/lib/search-options.ts';

export async function searchPage(page: Page, base: string, locale: 'ko' | 'en', query: string, filters: Filters = {}): Promise<string[]> {
  const prefix = locale === 'ko' ? '' : '/en';
  await page.goto(`${base}${prefix}/search/${writeSearchState({ query, filters })}`);
  await page.waitForSelector('#search[data-state="done"]', { timeout: 15_000 });
  return page.$$eval('#search-results a.result-title', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Runs a query on the search page already open, as typing would, and reads the result links in order. */
export async function searchInPlace(page: Page, query: string): Promise<string[]> {
  return page.evaluate(async (q) => {
    const root = document.getElementById('search')!;
    const input = document.getElementById('search-q') as HTMLInputElement;
    const finished = new Promise<void>((resolve) => {
      const seen = new MutationObserver(() => {
        if (root.dataset.state !== 'done' || new URLSearchParams(location.search).get('q') !== q) return;
        seen.disconnect();
        resolve();
      });
      seen.observe(root, { attributes: true, attributeFilter: ['data-state'] });
    });
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await finished;
    return [...document.querySelectorAll<HTMLAnchorElement>('#search-results a.result-title')].map((a) => a.pathname);
  }, query);
}
