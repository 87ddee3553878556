// Runs the content check before Astro loads any content, so that bad content stops the build with the
// problem list instead of a half-built site (Astro alone only logs dangling references).
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblem } from '../lib/content-check/index.ts';
import { readContentFiles, readSources, sourcesDir } from '../lib/content-check/read.ts';

/** Astro integration that fails the build on any content problem and lists untranslated entries. */
export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const { problems, untranslated } = await checkContent(await readContentFiles(root), await readSources(sourcesDir(root)));
        if (untranslated.length) logger.warn(`Untranslated (${untranslated.length}):\n  ${untranslated.join('\n  ')}`);
        if (problems.length) {
          throw new Error(`Content check failed: ${problems.length} problem(s)\n${problems.map(formatProblem).join('\n')}`);
        }
      },
    },
  };
}
