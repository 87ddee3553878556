// npm test: installs the system packages the browser and HTML tests need (where it can), then every suite
// (unit, content, build, HTML, browser) through Vitest against a fresh build, then the plain total line that
// CI reads: `N passed, N failed`. It holds the folder's build lock throughout, so no staff build can replace
// dist/ under the tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { acquireLock } from '../src/lib/build/lock.ts';
import { installCommand, missingSystemPackages } from '../src/lib/build/system-packages.ts';

const root = process.cwd();
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const run = (cmd: string, args: string[], extra: Record<string, string> = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extra } }).status ?? 1;
const fail: (what: string) => never = (what) => {
  console.log(`${what}: 0 passed, 1 failed`);
  process.exit(1);
};

const missing = missingSystemPackages();
if (missing.length) {
  const [apt, ...args] = installCommand();
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(`Installing ${missing.join(', ')} for the browser and HTML tests…`);
    const quiet = { DEBIAN_FRONTEND: 'noninteractive' };
    if (run(apt!, ['update', '-qq'], quiet) !== 0 || run(apt!, args, quiet) !== 0) fail('system packages');
  } else {
    console.error(`The browser and HTML tests need Debian's ${missing.join(', ')}. Install them once, then run npm test again:\n  sudo ${installCommand().join(' ')}`);
    fail('system packages');
  }
}

const lock = await acquireLock(root, 'npm test', {
  onWait: (h) => console.log(`A build is running in this folder (process ${h.pid}, ${h.command}); npm test waits for it…`),
});
if (!('release' in lock)) fail('build lock');
try {
  if (run('npm', ['run', 'build'], { SITE_BUILD_LOCK_PID: String(process.pid) }) !== 0) fail('build');
  mkdirSync('test-results', { recursive: true });
  const status = run(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/vitest.json', ...process.argv.slice(2)]);
  // The type check (astro check, TypeScript strict) counts as one more test.
  const typecheck = run('npm', ['run', 'typecheck']) === 0;
  let passed = 0;
  let failed = 1;
  try {
    const report = JSON.parse(readFileSync('test-results/vitest.json', 'utf8')) as { numPassedTests: number; numFailedTests: number };
    passed = report.numPassedTests;
    failed = report.numFailedTests + (status !== 0 && report.numFailedTests === 0 ? 1 : 0);
  } catch {
    // no report: count the run as one failure
  }
  if (typecheck) passed++;
  else failed++;
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 && status === 0 ? 0 : 1;
} finally {
  await lock.release();
}
