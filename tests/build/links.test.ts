// Every internal link and #anchor of the built site resolves to a page and an element id.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/pages.ts';
import { dist } from '../support/project.ts';

const fileOf = (path: string) => join(dist, path.endsWith('/') ? `${path}index.html` : path);
const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

describe('internal links', () => {
  it('all resolve, anchors included', async () => {
    const pages = await builtPages();
    expect(pages.length).toBeGreaterThan(100);
    const html = new Map(await Promise.all(pages.map(async (p) => [p, await readFile(fileOf(p), 'utf8')] as const)));
    const broken: string[] = [];
    let checked = 0;
    for (const [page, text] of html) {
      for (const [, href] of text.matchAll(/\shref="([^"]+)"/g)) {
        if (!href || /^(https?:|mailto:|tel:)/.test(href)) continue;
        const url = new URL(href, `http://site${page}`);
        const target = url.pathname.endsWith('/') || url.pathname.includes('.') ? url.pathname : `${url.pathname}/`;
        const body = html.get(target) ?? (await readFile(fileOf(target), 'utf8').catch(() => undefined));
        checked++;
        if (body === undefined) broken.push(`${page} → ${href} (no page)`);
        else if (url.hash && !ids(body).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${page} → ${href} (no such anchor)`);
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(broken).toEqual([]);
  });
});
