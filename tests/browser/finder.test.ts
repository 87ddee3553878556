// The programme finder as readers meet it: complete without JavaScript, filtered in place with it.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { drawOffscreenBoxes } from '../support/browser.ts';
import { chromiumSite } from '../support/chromium-site.ts';

const programmeIds = readdirSync('content/programmes').map((f) => f.replace(/\.yaml$/, '')).sort();
const themesOf = (id: string) => (parse(readFileSync(`content/programmes/${id}.yaml`, 'utf8')) as { themes: string[] }).themes;
const chromium = chromiumSite();

const visibleLinks = (selector: string) => `[...document.querySelectorAll('${selector}')].filter((el) => el.offsetParent !== null).map((a) => a.pathname)`;

describe('programme finder', () => {
  // Cards off screen are not laid out (content-visibility) and take their undrawn size until drawn. A checker that
  // reads the page undrawn, as axe does in Lighthouse, lays each card's contents out in that size: a card taller
  // than it would run into the next one, and its links would look too close to the next card's.
  it.each(['/programmes/', '/en/programmes/'])('%s: every card fits its undrawn size at 320 px, and axe passes undrawn at 320 and 412 px', async (path) => {
    const page = await chromium.browser.newPage({ bypassCSP: true, viewport: { width: 320, height: 740 } });
    await page.goto(chromium.site.url + path);
    expect(await axeViolations(page)).toEqual([]);
    await drawOffscreenBoxes(page);
    const overflowing = await page.$$eval('.finder-group .card', (cards) => cards.flatMap((card) => {
      const undrawn = parseFloat(getComputedStyle(card).containIntrinsicHeight.replace('auto ', ''));
      const height = card.getBoundingClientRect().height;
      return height > undrawn ? [`${card.querySelector('a')!.pathname}: ${height}px, undrawn ${undrawn}px`] : [];
    }));
    expect(overflowing).toEqual([]);
    await page.setViewportSize({ width: 412, height: 823 });
    await page.reload();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('lists every programme once, with JavaScript off, and hides the filters it could not run', async () => {
    // The form is in the HTML from the start (so nothing shifts when the script takes it over); CSS hides it
    // when scripting is off.
    const context = await chromium.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(chromium.site.url + '/en/programmes/');
    const links: string[] = await page.evaluate(visibleLinks('.card-title a'));
    expect(links.sort()).toEqual(programmeIds.map((id) => `/en/programmes/${id}/`).sort());
    expect(await page.isVisible('#finder-form')).toBe(false);
    expect(await page.textContent('#finder-status')).toBe(`${programmeIds.length} programmes`);
    await context.close();
  });

  it('filters in place, announces the count, keeps the choice in the URL and undoes it with Back', async () => {
    // bypassCSP: axe is injected as an inline script, which the site's CSP rightly blocks.
    const page = await chromium.browser.newPage({ bypassCSP: true });
    await page.goto(chromium.site.url + '/programmes/');
    await page.click('#finder-more summary');
    await page.selectOption('#finder-audience', 'startups');
    await page.waitForURL(/\?audience=startups$/);
    const cards = await page.$$eval('[data-facets]', (els) => els.map((el) => ({ hidden: (el as HTMLElement).hidden, audience: (el as HTMLElement).dataset.facets!.split(' ').flatMap((token) => (token.startsWith('audience:') ? [token.slice(9)] : [])) })));
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

  it('filters by theme with the counts it shows, and by keyword', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(chromium.site.url + '/programmes/');
    const smartFactory = programmeIds.filter((id) => themesOf(id).includes('smart-factory'));
    const chip = page.locator('.chip', { has: page.locator('input[value="smart-factory"]') });
    expect(await chip.textContent()).toContain(`(${smartFactory.length})`);
    await chip.click();
    await page.waitForURL(/\?theme=smart-factory$/);
    const shown: string[] = await page.evaluate(visibleLinks('.card-title a'));
    expect(shown.sort()).toEqual(smartFactory.map((id) => `/programmes/${id}/`).sort());
    expect(shown).toContain('/programmes/smart-factory-learning-centres/');
    await page.fill('#finder-q', '배움터를');
    expect(await page.evaluate(visibleLinks('.card-title a'))).toEqual(['/programmes/smart-factory-learning-centres/']);
    expect(page.url()).toMatch(/\?q=%EB%B0%B0%EC%9B%80%ED%84%B0%EB%A5%BC&theme=smart-factory$/);
    expect(await page.textContent('#finder-status')).toBe('조건에 맞는 지원사업 1개');
    await page.close();
  });

  it('finds a programme by its name in the other language, its theme in either language, and a synonym', async () => {
    // Each programme record carries both names; synonyms come from content/search/synonyms.yaml (장기재직 and
    // 장기근속 mean 내일채움공제, 넷제로 means 탄소중립).
    const page = await chromium.browser.newPage();
    const found = async (path: string, keyword: string) => {
      await page.goto(chromium.site.url + path);
      await page.fill('#finder-q', keyword);
      return (await page.evaluate(visibleLinks('.card-title a')) as string[]).sort();
    };
    const naeilChaeum = ['/en/programmes/naeil-chaeum-plus/', '/en/programmes/naeil-chaeum/'];
    expect(await found('/en/programmes/', '내일채움공제')).toEqual(naeilChaeum);
    expect(await found('/en/programmes/', '내일채움공제를')).toEqual(naeilChaeum);
    expect(await found('/en/programmes/', 'Naeil Chaeum')).toEqual(naeilChaeum);
    expect(await found('/programmes/', 'Deep Tech TIPS')).toEqual(['/programmes/deep-tech-tips/']);
    // 장기재직 is also in the name of the people theme (인력·장기재직), so it finds that theme's cards as well.
    expect(await found('/programmes/', '장기재직')).toEqual(expect.arrayContaining(naeilChaeum.map((p) => p.replace('/en', ''))));
    expect(await found('/en/programmes/', '장기근속')).toEqual(naeilChaeum);
    const smartFactory = programmeIds.filter((id) => themesOf(id).includes('smart-factory'));
    expect(await found('/en/programmes/', '스마트공장')).toEqual(expect.arrayContaining(smartFactory.map((id) => `/en/programmes/${id}/`)));
    expect(await found('/programmes/', 'smart factories')).toEqual(smartFactory.map((id) => `/programmes/${id}/`).sort());
    expect(await found('/programmes/', '넷제로')).toContain('/programmes/carbon-neutral-transition/');
    await page.close();
  });

  it('shows the amount with its year and basis, and names tasks instead of numbering them', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(chromium.site.url + '/programmes/');
    const card = page.locator('.card', { has: page.locator('a[href="/programmes/deep-tech-tips/"]') });
    const facts = await card.locator('.card-facts').textContent();
    expect(facts).toContain('315억원 (2023년 예산, 딥테크 팁스 지원 규모)');
    expect(await card.locator('.card-facts a[href="/tasks/1-1/"]').textContent()).toBe('혁신역량 기반 R&D 사업구조 개편');
    await page.close();
  });

  it('opens with the filters of a shared link applied', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(chromium.site.url + '/en/programmes/?agency=kibo&task=4-1');
    const shown: string[] = await page.evaluate(visibleLinks('.card-title a'));
    expect(shown.length).toBeGreaterThan(0);
    for (const path of shown) {
      const html = await (await fetch(chromium.site.url + path)).text();
      expect(html, path).toContain('data-pagefind-filter="agency:kibo"');
      expect(html, path).toContain('data-pagefind-filter="task:4-1"');
    }
    await page.close();
  });
});
