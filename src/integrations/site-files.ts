// Files written after the build from the built pages themselves, so they list exactly what was built:
// sitemap.xml (every page with its hreflang alternates) and _headers (the pages' CSP plus security headers).
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtFiles } from '../lib/built-files.ts';
import { defaultLocale } from '../lib/i18n.ts';
import { localeOfPath, pageMeta } from '../lib/page-meta.ts';
import { switchLocale } from '../lib/routes.ts';
import { headersFile, metaPolicy, securityHeaders } from '../lib/security.ts';
import { sitemapXml } from '../lib/sitemap.ts';

export function siteFiles(): AstroIntegration {
  let site: URL;
  return {
    name: 'site-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = new URL(config.site!);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = await builtFiles(out);
        const pages = files.filter((f) => f.endsWith('/index.html')).map((f) => f.slice(0, -'index.html'.length));
        const metas = pages.map((path) => {
          const locale = localeOfPath(path);
          return pageMeta(locale, switchLocale(path, locale, defaultLocale), site);
        });
        await writeFile(join(out, 'sitemap.xml'), sitemapXml(metas));

        // One header policy serves every page, so every page must carry the same one.
        const html = files.filter((f) => f.endsWith('.html'));
        const policies = new Set(await Promise.all(html.map(async (f) => metaPolicy(await readFile(join(out, f), 'utf8')) ?? `(none in ${f})`)));
        if (policies.size !== 1) throw new Error(`Pages carry different Content-Security-Policies, so no single header can match:\n${[...policies].join('\n')}`);
        const contentTypes = Object.fromEntries(
          files.flatMap((f) => (f.endsWith('.csv') ? [[f, { 'Content-Type': 'text/csv; charset=utf-8' }]] : f.endsWith('.schema.json') ? [[f, { 'Content-Type': 'application/schema+json' }]] : [])),
        );
        await writeFile(join(out, '_headers'), headersFile({ '/*': securityHeaders([...policies][0]!), ...contentTypes }));
        logger.info(`sitemap.xml: ${metas.length} pages; _headers written`);
      },
    },
  };
}
