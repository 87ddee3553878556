// The Debian packages the browser and HTML tests run on, and which of them this machine lacks.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian's Chromium (driven by playwright-core), Java for the Nu HTML Checker, CJK fonts so pages render as people see them. */
export const systemPackages = ['chromium', 'default-jre-headless', 'fonts-noto-cjk'];

/** The packages of `systemPackages` that are not installed, judged by what the tests call. */
export function missingSystemPackages(): string[] {
  const present: Record<string, () => boolean> = {
    chromium: () => existsSync('/usr/bin/chromium'),
    'default-jre-headless': () => spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0,
    'fonts-noto-cjk': () => spawnSync('fc-list', [':lang=ko'], { encoding: 'utf8' }).stdout?.includes('Noto') ?? false,
  };
  return systemPackages.filter((name) => !present[name]!());
}
