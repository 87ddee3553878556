// sitemap.xml with hreflang alternates: the same canonical and alternate URLs the pages declare in their head.
import type { PageMeta } from './page-meta.ts';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The sitemap of the given pages, sorted by address. */
export function sitemapXml(pages: PageMeta[]): string {
  const urls = [...pages]
    .sort((a, b) => (a.canonical < b.canonical ? -1 : 1))
    .map((p) => [
      '  <url>',
      `    <loc>${escapeXml(p.canonical)}</loc>`,
      ...p.alternates.map((a) => `    <xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${escapeXml(a.href)}"/>`),
      '  </url>',
    ].join('\n'));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

/** robots.txt: everything may be crawled; the sitemap's absolute URL. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
