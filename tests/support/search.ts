// Runs a search the way a reader does: opens the search page with `?q=` in Chromium, waits for the
// page's own script to finish, and reads the result links in order; and what a first search costs (bytes, ms),
// for the benchmarks (scripts/bench.ts, scripts/bench-scale.ts).
import type { Browser, Page } from 'playwright-core';
import type { Probe } from '../browser/search-queries.ts';
import { writeSearchState, type Filters } from '../../src/lib/search-options.ts';

export async function searchPage(page: Page, base: string, locale: 'ko' | 'en', query: string, filters: Filters = {}): Promise<string[]> {
  const prefix = locale === 'ko' ? '' : '/en';
  await page.goto(`${base}${prefix}/search/${writeSearchState({ query, filters })}`);
  await page.waitForSelector('#search[data-state="done"]', { timeout: 15_000 });
  return page.$$eval('#search-results a.result-title', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/**
 * Runs a query on the search page already open, as typing would: the result links in order, and ms from the
 * keystroke to those results on screen (the page says `done` with the query in its address).
 */
export async function searchInPlace(page: Page, query: string): Promise<{ paths: string[]; ms: number }> {
  return page.evaluate(async (q) => {
    const root = document.getElementById('search')!;
    const input = document.getElementById('search-q') as HTMLInputElement;
    const finished = new Promise<number>((resolve) => {
      const seen = new MutationObserver(() => {
        if (root.dataset.state !== 'done' || new URLSearchParams(location.search).get('q') !== q) return;
        seen.disconnect();
        resolve(performance.now());
      });
      seen.observe(root, { attributes: true, attributeFilter: ['data-state'] });
    });
    input.value = q;
    const t0 = performance.now();
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const t1 = await finished;
    const paths = [...document.querySelectorAll<HTMLAnchorElement>('#search-results a.result-title')].map((a) => a.pathname);
    return { paths, ms: t1 - t0 };
  }, query);
}

/** Bytes fetched under /pagefind/ for one search on a fresh page, split into index fragments and the rest. */
export async function firstSearchBytes(browser: Browser, base: string, [locale, query]: Probe, raw: boolean) {
  const page = await browser.newPage();
  await page.goto(`${base}${locale === 'en' ? '/en' : ''}/search/`);
  await page.waitForSelector('#search[data-state]');
  let fragments = 0;
  let runtime = 0;
  page.on('response', async (r) => {
    const path = new URL(r.url()).pathname;
    if (!path.startsWith('/pagefind/')) return;
    const size = (await r.body().catch(() => Buffer.alloc(0))).length;
    if (/\.pf_(index|fragment|filter|meta)$/.test(path)) fragments += size;
    else runtime += size;
  });
  await runQuery(page, query, raw);
  await page.waitForTimeout(100);
  await page.close();
  return { fragments, runtime };
}

/** Runs a query; returns result paths and ms from the keystroke to results on screen (or from Pagefind, raw). */
export async function runQuery(page: Page, query: string, raw: boolean): Promise<{ paths: string[]; ms: number }> {
  if (raw) {
    return page.evaluate(async (q) => {
      const t0 = performance.now();
      const pf = await import('/pagefind/pagefind.js' as string);
      const search = await pf.search(q);
      const data = await Promise.all(search.results.slice(0, 5).map((r: any) => r.data()));
      return { paths: data.map((d: any) => d.url), ms: performance.now() - t0 };
    }, query);
  }
  return searchInPlace(page, query);
}
