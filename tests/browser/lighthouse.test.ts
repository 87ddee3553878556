// Lighthouse on a phone: 100 in accessibility, best practices and SEO on the home page, a task page, the
// programme finder and the search page, in both languages (served with the headers of _headers). Performance
// is timed, so it is measured, not asserted: `npm run lighthouse` prints all four scores and the audits behind
// a lower one.
import { describe, expect, it } from 'vitest';
import { categories, lighthouseReports } from '../support/lighthouse.ts';

const paths = ['/', '/tasks/1-1/', '/programmes/', '/search/?q=%EC%8A%A4%EB%A7%88%ED%8A%B8%EA%B3%B5%EC%9E%A5', '/en/', '/en/tasks/1-1/', '/en/programmes/', '/en/search/?q=smart+factory'];
const asserted = categories.filter((c) => c !== 'performance');

describe('Lighthouse', () => {
  it('scores 100 in accessibility, best practices and SEO on a phone', async () => {
    const reports = await lighthouseReports('dist', paths, 'mobile');
    const below = [...reports].flatMap(([path, { scores, failing }]) =>
      asserted.filter((c) => scores[c] < 100).map((c) => `${path} ${c} ${scores[c]}: ${failing.join(', ')}`));
    expect(reports.size).toBe(paths.length);
    expect(below).toEqual([]);
  }, 900_000);
});
