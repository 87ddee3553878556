// npm run bench prints this table too; alone: node scripts/page-weight.ts. For every built page with a chart:
// bytes transferred (gzip) for the HTML and its stylesheets, and what its charts add (the page's gzip size
// minus the same page with the chart figures cut out). Asserts nothing; the budget is 15 kB per page.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtFiles } from '../src/lib/built-files.ts';
import { printTable } from './print-table.ts';

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const kb = (bytes: number) => (bytes / 1000).toFixed(1);

/** Rows of page, charts, HTML gzip, CSS gzip, total, added by charts, added per chart (kB). */
export async function pageWeights(dist: string): Promise<string[][]> {
  const css = new Map<string, number>();
  const rows: string[][] = [];
  for (const file of (await builtFiles(dist)).filter((f) => f.endsWith('.html')).sort()) {
    const html = await readFile(join(dist, file), 'utf8');
    const charts = html.match(/<figure class="chart"/g)?.length ?? 0;
    if (!charts) continue;
    let styles = 0;
    // Each sheet once: the body repeats the head's links (src/lib/body-stylesheets.ts) without a second download.
    for (const href of new Set([...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]))) {
      if (!css.has(href!)) css.set(href!, gz(await readFile(join(dist, href!))));
      styles += css.get(href!)!;
    }
    const added = gz(html) - gz(html.replace(/<figure class="chart"[\s\S]*?<\/figure>/g, ''));
    rows.push([`/${file.replace(/^\//, '').replace(/index\.html$/, '')}`, String(charts), kb(gz(html)), kb(styles), kb(gz(html) + styles), kb(added), kb(added / charts)]);
  }
  return rows;
}

/** Prints the table of `pageWeights` as Markdown. */
export function printPageWeights(rows: string[][]): void {
  printTable(['page', 'charts', 'HTML gzip kB', 'CSS gzip kB', 'total kB', 'charts add kB', 'per chart kB'], rows);
}

if (import.meta.url === `file://${process.argv[1]}`) printPageWeights(await pageWeights('dist'));
