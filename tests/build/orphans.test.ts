// No orphan page: every page can be reached by links from the home page of its language, and every
// programme page from a task page, directly or through a measure page that a task page links to.
import { describe, expect, it } from 'vitest';
import { internalLinks, readBuiltPages } from '../support/pages.ts';

// The 404 page is shown for addresses that do not exist; no link leads to it.
const pages = new Map([...(await readBuiltPages())].filter(([path]) => path !== '/404.html'));
const isEnglish = (path: string) => path === '/en/' || path.startsWith('/en/');
const links = (path: string) => internalLinks(pages.get(path) ?? '', path).filter((p) => pages.has(p));
const kind = (path: string) => path.replace(/^\/en/, '').split('/')[1] ?? '';

describe('no orphan page', () => {
  it.each([['Korean', '/'], ['English', '/en/']] as const)('every %s page is reachable from %s', (_, home) => {
    const english = isEnglish(home);
    const sameLanguage = (p: string) => isEnglish(p) === english;
    const reached = new Set<string>([home]);
    const queue: string[] = [home];
    for (let page = queue.shift(); page; page = queue.shift())
      for (const target of links(page).filter(sameLanguage))
        if (!reached.has(target)) {
          reached.add(target);
          queue.push(target);
        }
    const ofLanguage = [...pages.keys()].filter(sameLanguage);
    expect(ofLanguage.length).toBeGreaterThan(100);
    expect(ofLanguage.filter((p) => !reached.has(p)).map((p) => `${p} is not reachable from ${home}`)).toEqual([]);
  });

  it('every programme page is reachable from a task page, directly or through a measure page', () => {
    const reached = new Set<string>();
    for (const task of [...pages.keys()].filter((p) => kind(p) === 'tasks' && p.split('/').length > 3))
      for (const target of links(task)) {
        if (kind(target) === 'programmes') reached.add(target);
        if (kind(target) === 'measures') links(target).filter((p) => kind(p) === 'programmes').forEach((p) => reached.add(p));
      }
    const programmes = [...pages.keys()].filter((p) => kind(p) === 'programmes' && p.split('/').filter(Boolean).length === (isEnglish(p) ? 3 : 2));
    expect(programmes.length).toBeGreaterThan(100);
    expect(programmes.filter((p) => !reached.has(p)).map((p) => `${p} is not reachable from any task page`)).toEqual([]);
  });
});
