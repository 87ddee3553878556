// Repeats each built page's stylesheet links at the start of its body (src/lib/body-stylesheets.ts), before
// the build manifest marks the site finished.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { repeatStylesheetsInBody } from '../lib/body-stylesheets.ts';
import { rewritePages } from '../lib/build/rewrite-pages.ts';

export function bodyStylesheets(): AstroIntegration {
  return {
    name: 'body-stylesheets',
    hooks: {
      'astro:build:done': ({ dir }) => rewritePages(fileURLToPath(dir), repeatStylesheetsInBody),
    },
  };
}
