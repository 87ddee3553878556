// npm run check: validates all content without building, prints every problem and exits non-zero on any.
import { enableCompileCache } from 'node:module';

// Loading the parsers and schemas is a third of the check's time; Node's code cache halves it after the first run.
// A dynamic import, so that the cache is on before those modules load.
enableCompileCache();
const { checkProject, formatProblem } = await import('../src/lib/content-check/index.ts');

const { problems, untranslated, unconfirmed } = await checkProject(process.cwd());
if (untranslated.length) {
  console.log(`Untranslated (${untranslated.length}): the English pages show the Korean text under a notice.`);
  for (const line of untranslated) console.log(`  ${line}`);
}
if (unconfirmed.length) {
  console.log(`Unconfirmed addresses (${unconfirmed.length}): not from the sources; set confirmed: true once checked.`);
  for (const line of unconfirmed) console.log(`  ${line}`);
}
for (const p of problems) console.error(formatProblem(p));
// exitCode, not exit(): exit() can cut off output still being written to a pipe (CI logs, tests).
if (problems.length) {
  console.error(`\nContent check failed: ${problems.length} problem(s).`);
  process.exitCode = 1;
} else console.log('Content check passed.');
