// The web around the site, in the built output: sitemap and robots.txt, share metadata and JSON-LD, the
// bilingual 404 page, the Content-Security-Policy in meta and _headers, and no resource from another origin.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages } from '../support/pages.ts';
import { dist } from '../support/project.ts';

const fileOf = (path: string) => join(dist, path.endsWith('/') ? `${path}index.html` : path);
const attr = (html: string, selector: RegExp) => selector.exec(html)?.[1];
const metaProperty = (html: string, name: string) => attr(html, new RegExp(`<meta (?:property|name)="${name}" content="([^"]*)"`));
const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
const jsonLd = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);

let pages: string[];
const html = new Map<string, string>();
beforeAll(async () => {
  pages = (await builtPages()).filter((p) => p.endsWith('/'));
  for (const p of [...pages, '/404.html']) html.set(p, await readFile(fileOf(p), 'utf8'));
});

describe('sitemap.xml and robots.txt', () => {
  it('lists every page once, with the canonical URL and the hreflang alternates its head declares', async () => {
    const xml = await readFile(join(dist, 'sitemap.xml'), 'utf8');
    const entries = [...xml.matchAll(/<url>\s*<loc>([^<]+)<\/loc>((?:\s*<xhtml:link [^>]+\/>)*)\s*<\/url>/g)].map((m) => ({
      loc: m[1]!,
      links: [...m[2]!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((l) => `${l[1]} ${l[2]}`),
    }));
    expect(entries).toHaveLength(pages.length);
    const problems: string[] = [];
    for (const page of pages) {
      const head = html.get(page)!;
      const canonical = attr(head, /<link rel="canonical" href="([^"]+)"/);
      const alternates = [...head.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((l) => `${l[1]} ${l[2]}`);
      const entry = entries.find((e) => e.loc === canonical);
      if (!entry) problems.push(`${page}: canonical ${canonical} not in the sitemap`);
      else if (JSON.stringify(entry.links) !== JSON.stringify(alternates)) problems.push(`${page}: ${entry.links} ≠ ${alternates}`);
    }
    expect(problems).toEqual([]);
    expect(entries.find((e) => e.loc.endsWith('/en/tasks/1-1/'))?.links).toEqual([
      'ko https://smetech.example.kr/tasks/1-1/', 'en https://smetech.example.kr/en/tasks/1-1/', 'x-default https://smetech.example.kr/tasks/1-1/',
    ]);
    expect(xml).not.toContain('404');
  });

  it('robots.txt points to the sitemap', async () => {
    expect(await readFile(join(dist, 'robots.txt'), 'utf8')).toContain('Sitemap: https://smetech.example.kr/sitemap.xml');
  });
});

describe('share metadata', () => {
  it('every page has OpenGraph and Twitter tags in its language, with the canonical URL and its share image', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const h = html.get(page)!;
      const en = page.startsWith('/en/');
      const expected: Record<string, string | undefined> = {
        'og:url': attr(h, /<link rel="canonical" href="([^"]+)"/),
        'og:locale': en ? 'en_GB' : 'ko_KR',
        'og:locale:alternate': en ? 'ko_KR' : 'en_GB',
        'og:image': `https://smetech.example.kr/og/${en ? 'en' : 'ko'}.png`,
        'twitter:card': 'summary_large_image',
        'og:description': metaProperty(h, 'description'),
      };
      for (const [name, value] of Object.entries(expected)) if (metaProperty(h, name) !== value) problems.push(`${page}: ${name}=${metaProperty(h, name)}, expected ${value}`);
      for (const name of ['og:title', 'og:site_name', 'og:image:alt', 'twitter:title', 'twitter:image']) if (!metaProperty(h, name)) problems.push(`${page}: no ${name}`);
    }
    expect(problems).toEqual([]);
    expect(decode(metaProperty(html.get('/en/programmes/scale-up-tips/')!, 'og:title')!)).toBe('Scale-up TIPS');
  });

  it.each(['ko', 'en'])('the %s share image is a 1200×630 PNG', async (locale) => {
    const png = await readFile(join(dist, `og/${locale}.png`));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('every programme page describes the programme as a GovernmentService', () => {
    const programmes = pages.filter((p) => /^\/(en\/)?programmes\/[^/]+\/$/.test(p));
    expect(programmes.length).toBe(166);
    for (const page of programmes) expect(jsonLd(html.get(page)!).map((d) => d['@type']), page).toEqual(['GovernmentService']);
    expect(jsonLd(html.get('/programmes/scale-up-tips/')!)[0]).toMatchObject({
      name: '스케일업 팁스',
      inLanguage: 'ko',
      provider: { '@type': 'GovernmentOrganization', name: '중소벤처기업부' },
      areaServed: { '@type': 'Country', name: 'KR' },
      audience: [{ audienceType: '창업기업' }, { audienceType: expect.any(String) }],
    });
  });

  it('the data page carries a Dataset with a download per JSON and CSV file', () => {
    const [data] = jsonLd(html.get('/en/data/')!);
    expect(data).toMatchObject({ '@type': 'Dataset', inLanguage: ['ko', 'en'] });
    const downloads = (data!.hasPart as { distribution: { contentUrl: string }[] }[]).flatMap((p) => p.distribution.map((d) => d.contentUrl));
    expect(downloads).toContain('https://smetech.example.kr/data/figures.csv');
    expect(downloads).toHaveLength(8);
  });
});

describe('404 page', () => {
  it('speaks both languages, links home and to the programmes in each, and is not indexed', () => {
    const h = html.get('/404.html')!;
    expect(h).toMatch(/<section lang="ko"[^>]*>\s*<h1[^>]*>페이지를 찾을 수 없습니다<\/h1>/);
    expect(h).toMatch(/<section lang="en"[^>]*>\s*<h1[^>]*>Page not found<\/h1>/);
    for (const href of ['/', '/programmes/', '/en/', '/en/programmes/']) expect(h).toContain(`<a href="${href}">`);
    expect(h).toContain('<meta name="robots" content="noindex">');
    expect(h).not.toContain('rel="canonical"');
  });
});

describe('Content-Security-Policy', () => {
  it('every page carries one policy, without unsafe-inline, the same as _headers gives with frame-ancestors', async () => {
    const policies = new Set([...html.values()].map((h) => decode(attr(h, /<meta http-equiv="content-security-policy" content="([^"]*)"/) ?? 'none')));
    expect(policies.size).toBe(1);
    const [policy] = [...policies];
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toMatch(/default-src 'none'/);
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(policy).toMatch(/connect-src 'self'/);
    const headers = await readFile(join(dist, '_headers'), 'utf8');
    const header = /^\/\*\n((?: {2}.+\n)+)/.exec(headers)![1]!;
    expect(header).toContain(`  Content-Security-Policy: ${policy!.replace(/;?$/, ';')} frame-ancestors 'none';\n`);
    for (const name of ['X-Content-Type-Options: nosniff', 'Referrer-Policy:', 'Permissions-Policy:', 'X-Frame-Options: DENY']) expect(header).toContain(name);
    expect(headers).toContain('/data/figures.csv\n  Content-Type: text/csv; charset=utf-8');
  });

  it('no page or stylesheet loads anything from another origin', async () => {
    const external = /^(https?:)?\/\//i;
    const css = await Promise.all([...new Set([...html.values()].flatMap((h) => [...h.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!)))].map((p) => readFile(join(dist, p), 'utf8')));
    const found: string[] = [];
    for (const [page, h] of html) {
      // Loaded resources: src, srcset, and links that fetch (stylesheets, icons, preloads, manifests).
      const urls = [
        ...[...h.matchAll(/\s(?:src|poster|data)="([^"]+)"/g)].map((m) => m[1]!),
        ...[...h.matchAll(/\ssrcset="([^"]+)"/g)].flatMap((m) => m[1]!.split(',').map((s) => s.trim().split(/\s+/)[0]!)),
        ...[...h.matchAll(/<link\s[^>]*rel="(?:stylesheet|icon|preload|modulepreload|manifest|prefetch|apple-touch-icon)"[^>]*>/g)].map((m) => attr(m[0], /href="([^"]+)"/) ?? ''),
        ...[...h.matchAll(/url\(\s*['"]?([^'")]+)/g)].map((m) => m[1]!),
      ];
      found.push(...urls.filter((u) => external.test(u)).map((u) => `${page}: ${u}`));
    }
    for (const sheet of css) found.push(...[...sheet.matchAll(/(?:url\(\s*['"]?|@import\s+['"])([^'")]+)/g)].map((m) => m[1]!).filter((u) => external.test(u)));
    expect(css.length).toBeGreaterThan(0);
    expect(found).toEqual([]);
  });
});
