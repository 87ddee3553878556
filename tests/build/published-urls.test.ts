// Addresses never change: every page and data file the site has published (tests/fixtures/published-urls.txt)
// is still built. The list only grows: add the addresses of new pages to it; never remove one.
import { describe, expect, it } from 'vitest';
import { disappearedUrls, publishedUrlList, publishedUrls } from '../support/pages.ts';
import { dist } from '../support/project.ts';

describe('published addresses', () => {
  it('the list holds the pages and files of the 2023 site', async () => {
    const list = await publishedUrlList();
    expect(list.length).toBeGreaterThanOrEqual(390);
    for (const url of ['/', '/en/', '/tasks/1-1/', '/en/strategies/4/', '/measures/2022-1-1-2/', '/programmes/scale-up-tips/', '/roadmap/bio/', '/data/measures.csv', '/og/ko.png', '/sitemap.xml'])
      expect(list).toContain(url);
  });

  it('every published address is still built', async () => {
    expect(await disappearedUrls(dist)).toEqual([]);
  });

  it('the list is complete: every address built today is on it', async () => {
    const list = new Set(await publishedUrlList());
    expect((await publishedUrls(dist)).filter((url) => !list.has(url)).map((url) => `${url} is built but not in tests/fixtures/published-urls.txt`)).toEqual([]);
  });
});
