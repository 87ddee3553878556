// npm run check: validates all content without building, prints every problem and exits non-zero on any.
// `-- --notices` lists the standing notices (untranslated entries, unconfirmed addresses) in full.
import { enableCompileCache } from 'node:module';

// Loading the parsers and schemas is a third of the check's time; Node's code cache halves it after the first run.
// A dynamic import, so that the cache is on before those modules load.
enableCompileCache();
const { checkProject } = await import('../src/lib/content-check/index.ts');
const { checkReport } = await import('../src/lib/content-check/report.ts');

const result = await checkProject(process.cwd());
// One stream, so the order holds wherever the output goes; exitCode, not exit(), which can cut off output
// still being written to a pipe (CI logs, tests).
console.log(checkReport(result, { listNotices: process.argv.includes('--notices') }).join('\n'));
if (result.problems.length) process.exitCode = 1;
