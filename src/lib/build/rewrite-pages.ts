// Rewrites every HTML page of a built site with a pure function of its text; a page it leaves unchanged is not
// written again.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { builtFiles } from '../built-files.ts';

export async function rewritePages(dir: string, rewrite: (html: string) => string): Promise<void> {
  for (const file of (await builtFiles(dir)).filter((f) => f.endsWith('.html'))) {
    const html = await readFile(join(dir, file), 'utf8');
    const rewritten = rewrite(html);
    if (rewritten !== html) await writeFile(join(dir, file), rewritten);
  }
}
