// npm run bench: search size and speed in real Chromium over the built site (dist/, built first if
// missing), with this site's Korean alias terms and, as the baseline, plain Pagefind over the same pages.
// Prints tables; asserts nothing (the budgets are in issue 5: median under 100 ms, fragments under 150 KB).
import { cp, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launch } from '../tests/support/browser.ts';
import { serve } from '../tests/support/server.ts';
import { probes } from '../tests/browser/search-queries.ts';
import { firstSearchBytes, runQuery } from '../tests/support/search.ts';
import { buildSearchIndex } from './search-index.ts';
import { pageWeights, printPageWeights } from './page-weight.ts';
import { kb, median, printTable } from './print-table.ts';

if (!existsSync('dist/pagefind/pagefind-entry.json') && spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);

/** Index files of one language (`ko_…`, `en_…`, `wasm.…`), their count and bytes. */
async function indexSize(siteDir: string, lang: string) {
  const dir = join(siteDir, 'pagefind');
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.split('/').at(-1)!.startsWith(`${lang}_`) || f.startsWith(`pagefind.${lang}_`));
  const bytes = (await Promise.all(files.map((f) => stat(join(dir, f))))).reduce((sum, s) => sum + s.size, 0);
  return { files: files.length, bytes };
}

async function measure(browser: Browser, siteDir: string, raw: boolean) {
  const server = await serve(siteDir);
  const hits: string[] = [];
  const misses: string[] = [];
  const timings: number[] = [];
  const bytes: { fragments: number; runtime: number }[] = [];
  for (const locale of ['ko', 'en'] as const) {
    const page = await browser.newPage();
    await page.goto(`${server.url}${locale === 'en' ? '/en' : ''}/search/`);
    await page.waitForSelector('#search[data-state]');
    await runQuery(page, locale === 'ko' ? '기술' : 'technology', raw); // loads the runtime and WASM once
    for (const probe of probes.filter((p) => p[0] === locale)) {
      const { paths, ms } = await runQuery(page, probe[1], raw);
      (paths.slice(0, 5).includes(probe[2]) ? hits : misses).push(`${locale}:${probe[1]}`);
      timings.push(ms);
    }
    await page.close();
  }
  for (const probe of probes.filter((_, i) => i % 2 === 0).slice(0, 20)) bytes.push(await firstSearchBytes(browser, server.url, probe, raw));
  await server.close();
  const sizes = { ko: await indexSize(siteDir, 'ko'), en: await indexSize(siteDir, 'en') };
  return { hits, misses, timings, bytes, sizes };
}

const browser = await launch();
const baselineDir = await mkdtemp(join(tmpdir(), 'bench-baseline-'));
await cp('dist', baselineDir, { recursive: true });
await rm(join(baselineDir, 'pagefind'), { recursive: true });
await buildSearchIndex(baselineDir, { aliases: false });
const runs = { 'plain Pagefind': await measure(browser, baselineDir, true), 'this site': await measure(browser, 'dist', false) };
await rm(baselineDir, { recursive: true });

const scripts = (await readdir('dist/_astro')).filter((f) => f.endsWith('.js'));
const pageJs = (await Promise.all(scripts.map((f) => stat(join('dist/_astro', f))))).reduce((s, x) => s + x.size, 0);
const runtimeJs = (await stat('dist/pagefind/pagefind.js')).size;
await browser.close();

console.log(`\nSearch: ${probes.length} probes (tests/browser/search-queries.ts); timings are keystroke → results on screen with the index warm.\n`);
printTable(
  ['', 'recall (top 5)', 'ko index (files / KB)', 'en index (files / KB)', 'first search: fragments KB (median / max)', 'first search: runtime+WASM KB', 'median ms', 'worst ms'],
  Object.entries(runs).map(([name, r]) => [
    name,
    `${r.hits.length}/${probes.length}`,
    `${r.sizes.ko.files} / ${kb(r.sizes.ko.bytes)}`,
    `${r.sizes.en.files} / ${kb(r.sizes.en.bytes)}`,
    `${kb(median(r.bytes.map((b) => b.fragments)))} / ${kb(Math.max(...r.bytes.map((b) => b.fragments)))}`,
    kb(median(r.bytes.map((b) => b.runtime))),
    median(r.timings).toFixed(1),
    Math.max(...r.timings).toFixed(1),
  ]),
);
console.log(`\nMissed by plain Pagefind: ${runs['plain Pagefind'].misses.join(', ') || 'none'}`);
console.log(`Missed by this site: ${runs['this site'].misses.join(', ') || 'none'}\n`);
printTable(['JavaScript of the search page', 'KB'], [['page script (dist/_astro)', kb(pageJs)], ['pagefind.js', kb(runtimeJs)]]);
console.log('\nPages with charts: bytes transferred (gzip) and what the charts add');
printPageWeights(await pageWeights('dist'));
