// Every kind of page is styled by the time Chromium has parsed it, even when its stylesheets arrive late. A form
// control (the header search, on every page) makes Chromium force a style and layout when parsing ends; before
// the stylesheets were repeated at the start of the body, that laid the page out unstyled, then again styled
// (src/lib/body-stylesheets.ts). A stylesheet that fails to load still leaves the page readable.
import { describe, expect, it } from 'vitest';
import { chromiumSite } from '../support/chromium-site.ts';
import { pageOfEachKind } from '../support/pages.ts';

const chromium = chromiumSite({ withHostHeaders: true });

/** The page's primary colour token (`--primary` in global.css) as computed when DOMContentLoaded fires, with every
 *  stylesheet answered `delayMs` late, or failed when `delayMs` is null; and the text of its first heading. */
async function stylesAtParseEnd(path: string, delayMs: number | null): Promise<{ primary: string; heading: string }> {
  const page = await chromium.browser.newPage({ viewport: { width: 360, height: 740 } });
  await page.route('**/*.css', async (route) => {
    if (delayMs === null) return route.abort();
    await new Promise((r) => setTimeout(r, delayMs));
    await route.continue();
  });
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { primary: string }).primary = getComputedStyle(document.documentElement).getPropertyValue('--primary').trim();
    });
  });
  await page.goto(chromium.site.url + path, { waitUntil: 'load' });
  const result = await page.evaluate(() => ({ primary: (window as unknown as { primary: string }).primary, heading: document.querySelector('h1')?.textContent?.trim() ?? '' }));
  await page.close();
  return result;
}

describe('first layout', () => {
  it('every kind of page has its styles when parsing ends, with stylesheets 400 ms late', async () => {
    const unstyled: string[] = [];
    for (const path of pageOfEachKind) {
      const { primary } = await stylesAtParseEnd(path, 400);
      if (primary !== '#256ef4') unstyled.push(`${path}: --primary is "${primary}"`);
    }
    expect(unstyled).toEqual([]);
  }, 120_000);

  it('a page whose stylesheets fail to load is still shown, unstyled', async () => {
    for (const path of ['/', '/en/tasks/1-1/']) {
      const { primary, heading } = await stylesAtParseEnd(path, null);
      expect(primary, path).toBe('');
      expect(heading.length, path).toBeGreaterThan(5);
    }
  }, 60_000);
});
