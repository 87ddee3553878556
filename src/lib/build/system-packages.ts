// The Debian packages the browser and HTML tests run on, which of them this machine lacks, and the one apt-get
// command that installs them: `npm test` runs it, the README prints it and a test simulates it (`apt-get -s`).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const has = (path: string) => () => existsSync(path);

/**
 * Each package and how the tests tell it is there (by what they call): Debian's Chromium (playwright-core),
 * Firefox ESR (puppeteer-core over WebDriver BiDi), WebKitGTK's WebDriver and its MiniBrowser, Xvfb for the
 * WebKit window (it has no headless mode), Java for the Nu HTML Checker, CJK fonts so pages render as people
 * see them.
 */
const present: Record<string, () => boolean> = {
  chromium: has('/usr/bin/chromium'),
  'firefox-esr': has('/usr/bin/firefox-esr'),
  'webkit2gtk-driver': has('/usr/bin/WebKitWebDriver'),
  xvfb: has('/usr/bin/Xvfb'),
  'default-jre-headless': () => spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0,
  'fonts-noto-cjk': () => spawnSync('fc-list', [':lang=ko'], { encoding: 'utf8' }).stdout?.includes('Noto') ?? false,
};

export const systemPackages = Object.keys(present);

/** The packages of `systemPackages` that are not installed. */
export function missingSystemPackages(): string[] {
  return systemPackages.filter((name) => !present[name]!());
}

/** The install command's words, `apt-get` first; `simulate` adds `-s`, so apt checks it and changes nothing. */
export function installCommand({ simulate = false } = {}): string[] {
  return ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...(simulate ? ['-s'] : []), ...systemPackages];
}
