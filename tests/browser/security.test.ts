// In Chromium, served with the headers of _headers: the pages load nothing from another host and violate no
// Content-Security-Policy rule (JSON-LD included); the policy is really enforced and lets Pagefind search (its
// worker gets the header policy); the 404 page and the data page pass axe (WCAG 2.2 AA and best practices).
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { chromiumSite } from '../support/chromium-site.ts';

const chromium = chromiumSite({ withHostHeaders: true });

/** Opens a page, recording every request, console error and CSP violation; `bypassCSP` lets axe be injected. */
async function visit(path: string, { viewport = { width: 1280, height: 900 }, bypassCSP = false } = {}) {
  const page = await chromium.browser.newPage({ viewport, bypassCSP });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    const w = window as unknown as { violations: string[] };
    w.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto(chromium.site.url + path, { waitUntil: 'load' });
  return { page, requests, errors, status: response?.status(), violations: () => page.evaluate(() => (window as unknown as { violations: string[] }).violations) };
}


describe('requests and CSP in Chromium', () => {
  it.each(['/', '/en/', '/data/', '/en/data/', '/programmes/scale-up-tips/', '/en/programmes/scale-up-tips/', '/roadmap/'])(
    '%s requests only this host and violates no CSP rule',
    async (path) => {
      const { page, requests, errors, violations } = await visit(path);
      const origin = new URL(chromium.site.url).origin;
      expect(requests.length).toBeGreaterThan(1);
      expect(requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('data:'))).toEqual([]);
      expect(await violations()).toEqual([]);
      expect(errors).toEqual([]);
      // The stylesheet was allowed and applied.
      expect(await page.evaluate(() => getComputedStyle(document.body).marginTop)).toBe('0px');
      await page.close();
    },
  );

  it('lets Pagefind search run: its script, WASM and index fragments from this host', async () => {
    const { page, requests, violations, errors } = await visit('/');
    // A string, so Vitest does not rewrite the dynamic import.
    const results = await page.evaluate<number>(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      return (await pagefind.search('스마트공장')).results.length;
    })()`);
    expect(results).toBeGreaterThan(0);
    expect(requests.some((u) => u.includes('/pagefind/wasm.'))).toBe(true);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('enforces the policy: an injected inline script does not run and is reported', async () => {
    const { page, violations } = await visit('/');
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.head.append(script);
      await new Promise((r) => setTimeout(r, 50));
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
    expect((await violations()).some((v) => v.startsWith('script-src'))).toBe(true);
    await page.close();
  });
});

describe('new pages for people', () => {
  it.each(['/404.html', '/data/', '/en/data/'])('%s has no axe violation and no horizontal scroll at 320 px', async (path) => {
    const { page, errors } = await visit(path, { viewport: { width: 320, height: 800 }, bypassCSP: true });
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a missing address gets the 404 page in both languages, within the policy', async () => {
    const { page, status, requests, violations } = await visit('/en/no/such/page/');
    expect(status).toBe(404);
    expect(requests.filter((u) => !u.startsWith(chromium.site.url + '/'))).toEqual([]);
    expect(await violations()).toEqual([]);
    expect(await page.locator('section[lang="ko"] h1').textContent()).toBe('페이지를 찾을 수 없습니다');
    expect(await page.locator('section[lang="en"] h1').textContent()).toBe('Page not found');
    await page.locator('section[lang="en"] a', { hasText: 'List of programmes' }).click();
    expect(new URL(page.url()).pathname).toBe('/en/programmes/');
    await page.close();
  });

  it('the footer links to the data page in each language', async () => {
    const { page } = await visit('/en/tasks/1-1/');
    await page.locator('.site-footer a', { hasText: 'Open data' }).click();
    expect(new URL(page.url()).pathname).toBe('/en/data/');
    await page.close();
  });
});
