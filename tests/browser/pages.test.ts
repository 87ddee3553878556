// Every built page in real headless Chromium: no console error, axe-core WCAG 2.2 AA clean, and the
// language link leads to the same page in the other language and back.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { builtPages } from '../support/pages.ts';
import { chromiumSite } from '../support/chromium-site.ts';

const chromium = chromiumSite();
let pages: string[];
beforeAll(async () => {
  pages = (await builtPages()).filter((p) => p.endsWith('/'));
});

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await chromium.browser.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  const response = await page.goto(chromium.site.url + path);
  if (!response?.ok()) errors.push(`HTTP ${response?.status()}`);
  return { page, errors };
}

/** Runs `visit` over every page with two tabs at a time (the machines have two cores). */
async function eachPage(visit: (page: Page, path: string, errors: string[]) => Promise<void>) {
  const queue = [...pages];
  await Promise.all([0, 1].map(async () => {
    // The pages' CSP would block the injected axe script (tests/browser/security.test.ts checks the CSP).
    const page = await chromium.browser.newPage({ bypassCSP: true });
    let errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    for (let path = queue.shift(); path; path = queue.shift()) {
      errors = [];
      const response = await page.goto(chromium.site.url + path, { waitUntil: 'load' });
      if (!response?.ok()) errors.push(`HTTP ${response?.status()}`);
      await visit(page, path, errors);
    }
    await page.close();
  }));
}

describe('every page in Chromium', () => {
  const switchTarget = new Map<string, string>();

  it('loads without console errors, has lang, and no axe violation (WCAG 2.2 AA and best practices)', async () => {
    const failures: string[] = [];
    await eachPage(async (page, path, errors) => {
      const violations = await axeViolations(page);
      failures.push(...errors.map((e) => `${path}: console: ${e}`), ...violations.map((v: string) => `${path}: axe ${v}`));
      const lang = await page.getAttribute('html', 'lang');
      if (lang !== (path.startsWith('/en/') ? 'en' : 'ko')) failures.push(`${path}: html lang="${lang}"`);
      switchTarget.set(path, (await page.getAttribute('.lang-switch a[rel="alternate"]', 'href')) ?? '');
    });
    expect(pages.length).toBeGreaterThan(100);
    expect(failures).toEqual([]);
  }, 900_000);

  it('language link of every page leads to the same page in the other language and back', () => {
    const failures: string[] = [];
    for (const path of pages) {
      const other = switchTarget.get(path);
      const expected = path.startsWith('/en/') ? path.slice(3) : `/en${path}`;
      if (other !== expected) failures.push(`${path} → ${other}, expected ${expected}`);
      else if (switchTarget.get(other) !== path) failures.push(`${path} → ${other} → ${switchTarget.get(other)}`);
    }
    expect(switchTarget.size).toBe(pages.length);
    expect(failures).toEqual([]);
  });

  it.each(['/', '/tasks/1-1/', '/en/programmes/scale-up-tips/'])('clicking the language link of %s round-trips', async (path) => {
    const { page } = await open(path);
    await page.click('.lang-switch a[rel="alternate"]');
    const other = new URL(page.url()).pathname;
    await page.click('.lang-switch a[rel="alternate"]');
    expect([other, new URL(page.url()).pathname]).toEqual([path.startsWith('/en/') ? path.slice(3) : `/en${path}`, path]);
    await page.close();
  });

  it('a skip link is the first focusable element and moves focus to the main content', async () => {
    const { page } = await open('/tasks/4-1/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('본문 바로가기');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('ships no JavaScript on content pages', async () => {
    const { page } = await open('/tasks/4-1/');
    expect(await page.locator('script').count()).toBe(0);
    await page.close();
  });
});
