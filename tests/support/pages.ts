// The built pages of dist/, as URL paths.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { builtFiles } from '../../src/lib/built-files.ts';
import { dist } from './project.ts';

/** URL path of every HTML page in dist/ (`/tasks/1-1/`, `/404.html`). */
export async function builtPages(): Promise<string[]> {
  return (await builtFiles(dist)).filter((p) => p.endsWith('.html')).map((p) => p.replace(/index\.html$/, '')).sort();
}

/** Every built HTML page by URL path. */
export async function readBuiltPages(): Promise<Map<string, string>> {
  const pages = await builtPages();
  return new Map(await Promise.all(pages.map(async (p) => [p, await readFile(join(dist, p.endsWith('/') ? `${p}index.html` : p), 'utf8')] as const)));
}

/** Site pages that `<a href>`s of a page lead to (paths with a trailing slash, no #anchor), in document order. */
export function internalLinks(html: string, page: string): string[] {
  return [...html.matchAll(/<a\s[^>]*?href="([^"]+)"/g)]
    .map((m) => m[1]!)
    .filter((href) => !/^(https?:|mailto:|tel:|#)/.test(href))
    .map((href) => new URL(href, `http://site${page}`).pathname)
    .map((path) => (path.endsWith('/') || path.includes('.') ? path : `${path}/`));
}
