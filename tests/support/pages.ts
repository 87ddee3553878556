// The built pages of dist/, as URL paths.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { builtFiles } from '../../src/lib/built-files.ts';
import { withoutGlue } from '../../src/lib/keep-words.ts';
import { dist } from './project.ts';

/** URL path of every HTML page in dist/ (`/tasks/1-1/`, `/404.html`). */
export async function builtPages(): Promise<string[]> {
  return (await builtFiles(dist)).filter((p) => p.endsWith('.html')).map((p) => p.replace(/index\.html$/, '')).sort();
}

/** One page of every kind, in both languages (the 404 page serves both), for checks of how pages look and load. */
export const pageOfEachKind = ['/', '/plan/', '/strategies/1/', '/tasks/2-1/', '/measures/2022-1-1-2/', '/programmes/', '/programmes/scale-up-tips/', '/roadmap/',
  '/roadmap/big-data/', '/glossary/', '/schedule/', '/data/', '/guide/', '/search/?q=스마트공장'].flatMap((p) => [p, `/en${p}`]).concat('/404.html');

/** A built page (`/tasks/1-1/`) of a site folder as its templates wrote it: without the glue that keeps Korean
 *  words whole at line ends (src/lib/keep-words.ts), so tests read its words and markup as written. */
export async function readPage(dir: string, path: string): Promise<string> {
  return withoutGlue(await readFile(join(dir, path.endsWith('/') ? `${path}index.html` : path), 'utf8'));
}

/** Every built HTML page by URL path, as its templates wrote it (`readPage`). */
export async function readBuiltPages(): Promise<Map<string, string>> {
  const pages = await builtPages();
  return new Map(await Promise.all(pages.map(async (p) => [p, await readPage(dist, p)] as const)));
}

/** Site pages that `<a href>`s of a page lead to (paths with a trailing slash, no #anchor), in document order. */
export function internalLinks(html: string, page: string): string[] {
  return [...html.matchAll(/<a\s[^>]*?href="([^"]+)"/g)]
    .map((m) => m[1]!)
    .filter((href) => !/^(https?:|mailto:|tel:|#)/.test(href))
    .map((href) => new URL(href, `http://site${page}`).pathname)
    .map((path) => (path.endsWith('/') || path.includes('.') ? path : `${path}/`));
}

/**
 * The addresses a built site publishes: every page (`/tasks/1-1/`) and file (`/data/figures.csv`), without
 * the build's hashed assets (`/_astro/`), the search index's chunks (`/pagefind/`) and host configuration
 * (`/_headers`), which no reader or link addresses by name.
 */
export async function publishedUrls(dir: string): Promise<string[]> {
  return (await builtFiles(dir))
    .filter((p) => !/^\/(_astro|pagefind)\//.test(p) && p !== '/_headers')
    .map((p) => p.replace(/\/index\.html$/, '/'))
    .sort();
}

/** The addresses the site has published (tests/fixtures/published-urls.txt), which must never disappear. */
export async function publishedUrlList(): Promise<string[]> {
  return (await readFile(join(import.meta.dirname, '../fixtures/published-urls.txt'), 'utf8')).split('\n').filter(Boolean);
}

/** Published addresses that a built site no longer serves, one message each. */
export async function disappearedUrls(dir: string): Promise<string[]> {
  const served = new Set(await publishedUrls(dir));
  return (await publishedUrlList()).filter((url) => !served.has(url)).map((url) => `${url} was published and is gone`);
}
