// Lighthouse over the built site, served on loopback with the headers of _headers and gzip (as the host sends them),
// in Debian's Chromium started by chrome-launcher (Lighthouse's own launcher).
import lighthouse, { defaultConfig, desktopConfig, type Config, type Result } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { launch as launchChrome } from 'chrome-launcher';
import { hostHeaders, serve } from './server.ts';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Scores = Record<(typeof categories)[number], number>;
/** A page's category scores (0–100) and the scored audits it does not fully pass, from its median run (the one
 *  nearest the median first paint and time to interactive, as Lighthouse picks it), and its performance score in
 *  every run, in the order run. */
export interface Report { scores: Scores; failing: string[]; performanceRuns: number[] }

/** Audits that only fail because the site runs on http://127.0.0.1 rather than its public https host:
 *  the page is not on HTTPS, and its canonical link names the public host (another origin). */
const localArtefacts = ['is-on-https', 'redirects-http', 'canonical'];

/** The four category scores of each path, on a phone (Lighthouse's mobile emulation) or a desktop. With several
 *  runs, the paths take turns, so a slow spell of the machine does not fall on one page's runs only. */
export async function lighthouseReports(root: string, paths: string[], formFactor: 'mobile' | 'desktop', runs = 1): Promise<Map<string, Report>> {
  // Compressed as the host sends it: uncompressed HTML would time a download no reader makes.
  const site = await serve(root, await hostHeaders(root), { compress: true });
  const chrome = await launchChrome({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const base: Config = formFactor === 'desktop' ? desktopConfig : defaultConfig;
  const config: Config = { ...base, settings: { ...base.settings, onlyCategories: [...categories], skipAudits: localArtefacts } };
  // Lighthouse now and then fails to read its own trace (NO_NAVSTART: "Please run Lighthouse again"), on this
  // machine about once in 70 runs, whatever the page: such a run is made once more; a second failure is reported.
  const measure = async (path: string): Promise<Result> => {
    for (let attempt = 1; ; attempt++) {
      const lhr = (await lighthouse(site.url + path, { port: chrome.port, logLevel: 'error', output: 'json' }, config))!.lhr;
      if (!lhr.runtimeError) return lhr;
      const failure = `${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`;
      if (attempt === 2) throw new Error(`${failure} (twice in a row)`);
      console.warn(`${failure}; running it again`);
    }
  };
  const results = new Map(paths.map((path) => [path, [] as Result[]]));
  try {
    for (let run = 0; run < runs; run++) {
      for (const path of paths) {
        results.get(path)!.push(await measure(path));
      }
    }
  } finally {
    chrome.kill();
    await site.close();
  }
  const score = (lhr: Result, c: (typeof categories)[number]) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
  const reports = new Map<string, Report>();
  for (const [path, lhrs] of results) {
    const median: Result = lhrs.length > 1 ? computeMedianRun(lhrs) : lhrs[0]!;
    const scores = Object.fromEntries(categories.map((c) => [c, score(median, c)])) as Scores;
    const failing = Object.values(median.audits).filter((a) => a.score !== null && a.score < 1 && (a.scoreDisplayMode === 'binary' || a.scoreDisplayMode === 'numeric'));
    reports.set(path, { scores, failing: failing.map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`), performanceRuns: lhrs.map((lhr) => score(lhr, 'performance')) });
  }
  return reports;
}
