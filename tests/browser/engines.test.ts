// The site in the three engines readers use: Chromium, Firefox and WebKit (Safari's engine, most Korean
// iPhones), one page of each kind in both languages at 320, 360 and 1280 px and with JavaScript off: no sideways
// scroll, figures on one line, no Korean word split across lines, charts drawn to their data, no error or CSP
// violation; search and the finder's filters giving the same results in each. A deliberately broken page shows
// that each check catches what it is for in every engine. Axe and Lighthouse stay in Chromium's own suites.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineNames, launchEngine, waitFor, type Engine, type EngineName, type Tab } from '../support/engines.ts';
import { pageReport, type PageReport } from '../support/page-report.ts';
import { pageOfEachKind } from '../support/pages.ts';
import { Probe } from '../support/probe.ts';
import { hostHeaders, serve } from '../support/server.ts';

const widths = [320, 360, 1280];
const heightAt = (width: number) => (width < 1000 ? 740 : 900);

const broken = readFileSync('tests/fixtures/broken-page.html', 'utf8');
let probe: Probe;
let site: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  probe = new Probe((await hostHeaders('dist'))['Content-Security-Policy']!, {
    '/__broken/': { type: 'text/html; charset=utf-8', body: broken },
    '/__broken/error.js': { type: 'text/javascript', body: "console.error('deliberate console error'); throw new Error('deliberate exception');" },
  });
  site = await serve('dist', {}, { probe });
});
afterAll(() => site?.close());

/** Opens `paths` in two tabs of one size (the machines have two cores), returning each page's report. */
async function reports(engine: Engine, paths: string[], options: { width: number; height: number; javaScript?: boolean }) {
  const queue = [...paths];
  const found = new Map<string, PageReport>();
  await Promise.all([0, 1].map(async () => {
    const tab = await engine.open(options);
    for (let path = queue.shift(); path; path = queue.shift()) {
      await tab.goto(site.url + path);
      const report = await tab.evaluate(pageReport);
      found.set(path, { ...report, errors: [...new Set([...report.errors, ...tab.engineErrors().splice(0)])] });
      // Without JavaScript the posted reports are the only word of a violation: each engine sends one within about
      // 100 ms of the load (the broken page shows it), and Firefox drops one still unsent when the page goes.
      if (options.javaScript === false) await new Promise((r) => setTimeout(r, 250));
    }
    await tab.close();
  }));
  return found;
}

/** The CSP reports of the site's pages (not the broken one), once the engines have posted them: Chromium sends
 *  them up to a second late. */
async function siteReports() {
  await new Promise((r) => setTimeout(r, 1500));
  return probe.reports.filter((r) => !r.document.includes('/__broken/'));
}

/** One line per finding of `pick` over reports keyed `width px path`, for a readable failure. */
const findings = (all: Map<string, PageReport>, pick: (r: PageReport) => string[]) =>
  [...all].flatMap(([at, report]) => pick(report).map((finding) => `${at}: ${finding}`)).sort();

const sideways = (r: PageReport) => (r.scrollWidth > r.clientWidth ? [`${r.scrollWidth}px wide in ${r.clientWidth}px`] : []);
const errorsAndViolations = (r: PageReport) => [...r.errors.map((e) => `error: ${e}`), ...r.violations.map((v) => `CSP: ${v}`)];

const programmeIds = readdirSync('content/programmes').map((f) => f.replace(/\.yaml$/, '')).sort();
const themesOf = (id: string) => (parse(readFileSync(`content/programmes/${id}.yaml`, 'utf8')) as { themes: string[] }).themes;
const visibleCards = () => [...document.querySelectorAll<HTMLAnchorElement>('.card-title a')].filter((a) => a.offsetParent !== null).map((a) => a.pathname).sort();

// Queries readers type, each with the page that must be among the first five, in both languages.
const queries: [locale: 'ko' | 'en', query: string, expected: string][] = [
  ['ko', '스마트공장', '/programmes/smart-factory/'],
  ['ko', '탄소중립을', '/programmes/carbon-neutral-transition/'],
  ['ko', '전지', '/roadmap/secondary-batteries/'],
  ['en', 'deep tech', '/en/programmes/deep-tech-tips/'],
  ['en', 'technology escrow', '/en/programmes/technology-escrow/'],
];
/** Chromium's results for each query, which the other engines must give too (Chromium runs first). */
const chromiumResults = new Map<string, string[]>();

/** Seconds each engine took, printed as one line at the end (the suite's time per engine, for the README). */
const seconds: string[] = [];
afterAll(() => console.log(`cross-engine suite: ${seconds.join(', ')}`));

describe.each(engineNames)('%s', (name: EngineName) => {
  let engine: Engine;
  let started = 0;
  beforeAll(async () => {
    started = performance.now();
    engine = await launchEngine(name);
  });
  afterAll(async () => {
    await engine?.close();
    seconds.push(`${name} ${((performance.now() - started) / 1000).toFixed(0)} s`);
  });

  describe('one page of each kind in both languages, at 320, 360 and 1280 px', () => {
    const all = new Map<string, PageReport>();
    beforeAll(async () => {
      for (const width of widths) {
        for (const [path, report] of await reports(engine, pageOfEachKind, { width, height: heightAt(width) })) all.set(`${width}px ${path}`, report);
      }
    }, 900_000);

    it('every page rendered, with its heading', () => {
      expect(all.size).toBe(widths.length * pageOfEachKind.length);
      expect(findings(all, (r) => (r.heading ? [] : ['no heading']))).toEqual([]);
    });
    it('no page scrolls sideways', () => expect(findings(all, sideways)).toEqual([]));
    it('every figure is on one line', () => {
      expect([...all.values()].some((r) => r.brokenFigures.length === 0)).toBe(true);
      expect(findings(all, (r) => r.brokenFigures)).toEqual([]);
    });
    it('no Korean word is split across lines', () => expect(findings(all, (r) => r.splitWords)).toEqual([]));
    it('charts are drawn to their data', () => {
      expect([...all.values()].reduce((n, r) => n + r.charts, 0)).toBeGreaterThan(widths.length * 10);
      expect(findings(all, (r) => r.chartProblems)).toEqual([]);
    });
    it('no console error, exception or CSP violation', async () => {
      expect(findings(all, errorsAndViolations)).toEqual([]);
      expect(await siteReports()).toEqual([]);
    });
  });

  describe('with JavaScript off, at 360 px', () => {
    let all: Map<string, PageReport>;
    beforeAll(async () => {
      all = await reports(engine, pageOfEachKind, { width: 360, height: 740, javaScript: false });
    }, 600_000);

    it('every page renders whole: heading, no sideways scroll, figures on one line, charts drawn', async () => {
      expect(all.size).toBe(pageOfEachKind.length);
      expect(findings(all, (r) => [...(r.heading ? [] : ['no heading']), ...sideways(r), ...r.brokenFigures, ...r.chartProblems])).toEqual([]);
      expect(await siteReports()).toEqual([]);
    });

    it('a violation is still reported: the inline style of the broken page', async () => {
      const before = probe.reports.length;
      await reports(engine, ['/__broken/'], { width: 360, height: 740, javaScript: false });
      expect(probe.reports.slice(before).map((r) => `${new URL(r.document).pathname} ${r.directive}`)).toContain('/__broken/ style-src-elem');
    });

    it('the finder lists every programme and hides the filters it could not run', async () => {
      const tab = await engine.open({ width: 360, height: 740, javaScript: false });
      await tab.goto(`${site.url}/en/programmes/`);
      expect(await tab.evaluate(visibleCards)).toEqual(programmeIds.map((id) => `/en/programmes/${id}/`).sort());
      expect(await tab.evaluate(() => [getComputedStyle(document.getElementById('finder-form')!).display, document.getElementById('finder-status')!.textContent]))
        .toEqual(['none', `${programmeIds.length} programmes`]);
      await tab.close();
    });
  });

  describe('search and the finder, with JavaScript', () => {
    let tab: Tab;
    beforeAll(async () => {
      tab = await engine.open({ width: 1280, height: 900 });
    });
    afterAll(() => tab?.close());

    it.each(queries)('%s “%s” finds %s in the first five, as in Chromium', async (locale, query, expected) => {
      await tab.goto(`${site.url}${locale === 'en' ? '/en' : ''}/search/?q=${encodeURIComponent(query)}`);
      await waitFor(tab, () => document.getElementById('search')?.dataset.state === 'done');
      const results = await tab.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('#search-results a.result-title')].map((a) => a.pathname));
      expect(results.slice(0, 5)).toContain(expected);
      if (name === 'chromium') chromiumResults.set(query, results);
      else expect(results).toEqual(chromiumResults.get(query));
    });

    it('the finder filters by a theme with the count it shows, then by a keyword typed with a particle', async () => {
      const smartFactory = programmeIds.filter((id) => themesOf(id).includes('smart-factory')).map((id) => `/programmes/${id}/`).sort();
      // Module scripts run before the load event that goto waits for: the finder has started.
      await tab.goto(`${site.url}/programmes/`);
      const chip = await tab.evaluate(() => document.querySelector('.chip:has(input[value="smart-factory"])')!.textContent!);
      expect(chip).toContain(`(${smartFactory.length})`);
      await tab.click('.chip:has(input[value="smart-factory"])');
      await waitFor(tab, () => location.search === '?theme=smart-factory');
      expect(await tab.evaluate(visibleCards)).toEqual(smartFactory);
      expect(await tab.evaluate(() => document.getElementById('finder-status')!.textContent)).toBe(`조건에 맞는 지원사업 ${smartFactory.length}개`);
      await tab.type('#finder-q', '배움터를');
      await waitFor(tab, () => document.getElementById('finder-status')!.textContent === '조건에 맞는 지원사업 1개');
      expect(await tab.evaluate(visibleCards)).toEqual(['/programmes/smart-factory-learning-centres/']);
      expect(await tab.evaluate(() => location.search)).toBe('?q=%EB%B0%B0%EC%9B%80%ED%84%B0%EB%A5%BC&theme=smart-factory');
    });
  });

  describe('each check on a deliberately broken page', () => {
    it.each([320, 1280])('at %i px, catches what it is for', async (width) => {
      const before = probe.reports.length;
      const tab = await engine.open({ width, height: heightAt(width) });
      await tab.goto(`${site.url}/__broken/`);
      const report = await tab.evaluate(pageReport);
      const errors = [...report.errors, ...tab.engineErrors()];
      // The report-only policy's report of the inline script reaches the server too;
      // the tab stays open until it has, as Firefox drops a report still unsent when its page closes.
      const reported = () => probe.reports.slice(before).some((r) => r.document.endsWith('/__broken/') && r.directive.startsWith('script-src'));
      for (let waited = 0; !reported() && waited < 5000; waited += 100) await new Promise((r) => setTimeout(r, 100));
      await tab.close();
      expect(sideways(report)).toHaveLength(1);
      expect(report.brokenFigures).toEqual(['2,180억원 (2023년 예산, 일부러 좁은 칸)']);
      expect(report.splitWords.map((w) => w.replace('|', ''))).toContain('중소기업기술혁신촉진법');
      expect(report.chartProblems).toEqual(['chart-empty: drawn 0×0 px', 'chart-unfilled: a bar with no fill', 'chart-short: a bar of 50% drawn 75.0 of 300.0 px']);
      expect(errors).toEqual(expect.arrayContaining([expect.stringContaining('deliberate console error'), expect.stringContaining('deliberate exception')]));
      expect(report.violations).toEqual(expect.arrayContaining([expect.stringMatching(/^script-src(-elem)? inline$/)]));
      expect(reported()).toBe(true);
    });
  });
});
