// Writes Astro's list of built pages once every page and every other build hook has finished. A build that
// stops early (a page calling process.exit, a crash swallowed as success) writes none, so scripts/build.ts
// can tell a finished site from a gutted one instead of trusting the exit code.
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import type { BuildManifest } from '../lib/build/publish.ts';

/** Astro integration, listed last, writing the page list to $SITE_BUILD_MANIFEST when that is set. */
export function buildManifest(): AstroIntegration {
  return {
    name: 'build-manifest',
    hooks: {
      'astro:build:done': async ({ pages }) => {
        const path = process.env.SITE_BUILD_MANIFEST;
        if (!path) return;
        const manifest: BuildManifest = { pages: pages.map((p) => p.pathname).sort() };
        await writeFile(path, JSON.stringify(manifest));
      },
    },
  };
}
