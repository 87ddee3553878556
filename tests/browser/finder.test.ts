// The programme finder as readers meet it: complete without JavaScript, filtered in place with it.
import { readdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { launch } from '../support/browser.ts';
import { serve } from '../support/server.ts';

const programmeIds = readdirSync('content/programmes').map((f) => f.replace(/\.yaml$/, '')).sort();
let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  site = await serve('dist');
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const visibleLinks = (selector: string) => `[...document.querySelectorAll('${selector}')].filter((el) => el.offsetParent !== null).map((a) => a.pathname)`;

describe('programme finder', () => {
  it('lists every programme once, with JavaScript off, and hides the filters it could not run', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url + '/en/programmes/');
    const links: string[] = await page.evaluate(visibleLinks('.card-title a'));
    expect(links.sort()).toEqual(programmeIds.map((id) => `/en/programmes/${id}/`).sort());
    expect(await page.isVisible('#finder-form')).toBe(false);
    expect(await page.textContent('#finder-status')).toBe(`${programmeIds.length} programmes`);
    await context.close();
  });

  it('filters in place, announces the count, keeps the choice in the URL and undoes it with Back', async () => {
    // bypassCSP: axe is injected as an inline script, which the site's CSP rightly blocks.
    const page = await browser.newPage({ bypassCSP: true });
    await page.goto(site.url + '/programmes/');
    await page.selectOption('#finder-audience', 'startups');
    await page.waitForURL(/\?audience=startups$/);
    const cards = await page.$$eval('[data-facets]', (els) => els.map((el) => ({ hidden: (el as HTMLElement).hidden, audience: JSON.parse((el as HTMLElement).dataset.facets!).audience as string[] })));
    const shown = cards.filter((c) => !c.hidden);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((c) => c.audience.includes('startups'))).toBe(true);
    expect(cards.filter((c) => c.hidden).every((c) => !c.audience.includes('startups'))).toBe(true);
    expect(await page.textContent('#finder-status')).toBe(`조건에 맞는 지원사업 ${shown.length}개`);
    expect(await axeViolations(page)).toEqual([]);
    await page.goBack();
    expect(await page.$$eval('[data-facets][hidden]', (els) => els.length)).toBe(0);
    expect(await page.inputValue('#finder-audience')).toBe('');
    await page.close();
  });

  it('opens with the filters of a shared link applied', async () => {
    const page = await browser.newPage();
    await page.goto(site.url + '/en/programmes/?agency=kibo&task=4-1');
    const shown: string[] = await page.evaluate(visibleLinks('.card-title a'));
    expect(shown.length).toBeGreaterThan(0);
    for (const path of shown) {
      const html = await (await fetch(site.url + path)).text();
      expect(html, path).toContain('data-pagefind-filter="agency:kibo"');
      expect(html, path).toContain('data-pagefind-filter="task:4-1"');
    }
    await page.close();
  });
});
