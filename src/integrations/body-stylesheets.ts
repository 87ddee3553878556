// Repeats each built page's stylesheet links at the start of its body (src/lib/body-stylesheets.ts), before
// the build manifest marks the site finished.
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtFiles } from '../lib/built-files.ts';
import { repeatStylesheetsInBody } from '../lib/body-stylesheets.ts';

export function bodyStylesheets(): AstroIntegration {
  return {
    name: 'body-stylesheets',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        for (const file of (await builtFiles(out)).filter((f) => f.endsWith('.html'))) {
          const html = await readFile(join(out, file), 'utf8');
          const repeated = repeatStylesheetsInBody(html);
          if (repeated !== html) await writeFile(join(out, file), repeated);
        }
      },
    },
  };
}
