// npm run lighthouse [-- /path/ …]: Lighthouse's four category scores of built pages, on a phone and a desktop,
// as a table (default: the home page, a task page, the programme finder and the search page, both languages).
import { categories, lighthouseReports } from '../tests/support/lighthouse.ts';

const defaults = ['/', '/tasks/1-1/', '/programmes/', '/search/?q=스마트공장'].flatMap((p) => [p, `/en${p}`.replace('스마트공장', 'smart+factory')]);
const paths = process.argv.slice(2).length ? process.argv.slice(2) : defaults;
console.log(['form factor', 'page', ...categories, 'audits below 100'].join('\t'));
for (const formFactor of ['mobile', 'desktop'] as const) {
  for (const [path, { scores, failing }] of await lighthouseReports('dist', paths, formFactor)) {
    console.log([formFactor, path, ...categories.map((c) => scores[c]), failing.join(', ') || '–'].join('\t'));
  }
}
