// Runs the content check before Astro loads any content, so that bad content stops the build with the
// problem list instead of a half-built site (Astro alone only logs dangling references).
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkProject, formatProblem } from '../lib/content-check/index.ts';

/**
 * Astro integration that fails the build on any content problem and lists untranslated entries; skipped when
 * `npm run build` (scripts/build.ts) ran the same check just before and says so with SITE_CONTENT_CHECKED=1.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        if (process.env.SITE_CONTENT_CHECKED === '1') return;
        const { problems, untranslated } = await checkProject(fileURLToPath(config.root));
        if (untranslated.length) logger.warn(`Untranslated (${untranslated.length}):\n  ${untranslated.join('\n  ')}`);
        if (problems.length) {
          const error = new Error(`Content check failed: ${problems.length} problem(s)\n${problems.map(formatProblem).join('\n')}`);
          error.stack = ''; // Astro prints a stack when there is one; the problem list is all staff need
          throw error;
        }
      },
    },
  };
}
