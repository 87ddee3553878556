// npm run lighthouse [-- --runs N] [-- /path/ …]: Lighthouse's four category scores of built pages, on a phone and a
// desktop, as a table (default: the home page, a task page, the programme finder and the search page, both
// languages). Each page runs N times (3 by default) and shows its median run, as Lighthouse advises for a timed
// score, with the performance score of every run beside it.
import { parseArgs } from 'node:util';
import { categories, lighthouseReports } from '../tests/support/lighthouse.ts';
import { printTable } from './print-table.ts';

const { values, positionals } = parseArgs({ options: { runs: { type: 'string', default: '3' } }, allowPositionals: true });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`lighthouse: --runs expected a whole number of at least 1, found "${values.runs}"`);
  process.exit(1);
}
const defaults = ['/', '/tasks/1-1/', '/programmes/', '/search/?q=스마트공장'].flatMap((p) => [p, `/en${p}`.replace('스마트공장', 'smart+factory')]);
const paths = positionals.length ? positionals : defaults;
const rows: (string | number)[][] = [];
for (const formFactor of ['mobile', 'desktop'] as const) {
  for (const [path, { scores, failing, performanceRuns }] of await lighthouseReports('dist', paths, formFactor, runs)) {
    rows.push([formFactor, path, ...categories.map((c) => scores[c]), performanceRuns.join(' '), failing.join(', ') || '–']);
  }
}
printTable(['form factor', 'page', ...categories, `performance, ${runs} run${runs === 1 ? '' : 's'}`, 'audits below 100 (median run)'], rows);
