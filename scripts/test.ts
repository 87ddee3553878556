// npm test: every suite (unit, content, build, HTML, browser) through Vitest against a fresh build, then the
// plain total line that CI reads: `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdirSync } from 'node:fs';

const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } }).status ?? 1;

if (run('npm', ['run', 'build']) !== 0) {
  console.log('build: 0 passed, 1 failed');
  process.exit(1);
}
mkdirSync('test-results', { recursive: true });
const status = run(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/vitest.json', ...process.argv.slice(2)]);
// The type check (astro check, TypeScript strict) counts as one more test.
const typecheck = run('npm', ['run', 'typecheck']) === 0;
let passed = 0;
let failed = 1;
try {
  const report = JSON.parse(readFileSync('test-results/vitest.json', 'utf8')) as { numPassedTests: number; numFailedTests: number; numTotalTests: number };
  passed = report.numPassedTests;
  failed = report.numFailedTests + (status !== 0 && report.numFailedTests === 0 ? 1 : 0);
} catch {
  // no report: count the run as one failure
}
if (typecheck) passed++;
else failed++;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && status === 0 ? 0 : 1);
