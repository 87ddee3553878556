// What `npm run check` prints: the problems first, each standing notice as one line with its count and the
// command that lists it, and the verdict last. A one-line problem is then the first line staff read.
import type { CheckResult } from './index.ts';
import { formatProblem } from './validate.ts';

/** The command that lists every standing notice in full. */
export const noticesCommand = 'npm run check -- --notices';

const notices = {
  untranslated: 'untranslated: the English pages show the Korean text under a notice',
  unconfirmed: 'unconfirmed web addresses: not from the sources; set confirmed: true once checked',
} as const;

/** The lines of the report; with `listNotices`, each notice is followed by its entries, indented. */
export function checkReport(result: CheckResult, { listNotices = false } = {}): string[] {
  const lines = result.problems.map(formatProblem);
  if (lines.length) lines.push('');
  for (const kind of Object.keys(notices) as (keyof typeof notices)[]) {
    const entries = result[kind];
    if (!entries.length) continue;
    lines.push(`Notice: ${entries.length} ${notices[kind]}${listNotices ? ':' : ` (${noticesCommand} lists them)`}`);
    if (listNotices) lines.push(...entries.map((entry) => `  ${entry}`));
  }
  lines.push(result.problems.length ? `Content check failed: ${result.problems.length} problem(s).` : 'Content check passed.');
  return lines;
}
