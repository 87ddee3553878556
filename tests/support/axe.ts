// axe-core in a Chromium page: every WCAG 2.2 A/AA rule and every best-practice rule (landmark-unique,
// heading order, region …).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe violations of the page as it is now, one line each: `rule (count): first target`. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (values) => {
    const result = await (window as any).axe.run(document, { runOnly: { type: 'tag', values } });
    return result.violations.map((v: any) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`);
  }, tags);
}
