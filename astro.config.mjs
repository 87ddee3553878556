// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { contentCheck } from './src/integrations/content-check.ts';
import { siteFiles } from './src/integrations/site-files.ts';
import { buildManifest } from './src/integrations/build-manifest.ts';
import { bodyStylesheets } from './src/integrations/body-stylesheets.ts';
import { rehypeTableFigures } from './src/lib/rehype-table-figures.ts';
import { rehypeTableScroll } from './src/lib/rehype-table-scroll.ts';
import { remarkPlugins } from './src/lib/markdown-plugins.ts';
import { directives, inlineScriptHashes, scriptSources, styleSources } from './src/lib/security.ts';

export default defineConfig({
  // The one place the public address is set; SITE_URL overrides it for other hosts.
  site: process.env.SITE_URL ?? 'https://smetech.example.kr',
  trailingSlash: 'always',
  // Inside the build's work folder, which every build clears: Astro's content cache kept entries parsed under
  // an older schema (a field added with a default came back missing), and copies of the project in tests
  // shared one cache through the linked node_modules.
  cacheDir: './.build/astro-cache',
  // Lossless compression: the default 'jsx' mode drops line breaks beside inline tags and glues Korean words.
  compressHTML: true,
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    // No highlighting (the staff guide's code blocks stay plain): Shiki's inline styles would need
    // 'unsafe-inline' under the CSP.
    syntaxHighlight: false,
    // Astro 7's default engine skips remark plugins; the unified processor runs them for .md and .mdx. The
    // plugins are shared with the content check (src/lib/markdown-plugins.ts), so both read the same tree.
    processor: unified({ remarkPlugins, rehypePlugins: [rehypeTableScroll, rehypeTableFigures], smartypants: false }),
  },
  // Content-Security-Policy as a meta element on every page, without 'unsafe-inline' (src/lib/security.ts).
  security: { csp: { directives: [...directives], scriptDirective: { resources: scriptSources, hashes: inlineScriptHashes }, styleDirective: { resources: styleSources } } },
  // buildManifest last: its page list means every other hook has finished too.
  integrations: [contentCheck(), mdx(), bodyStylesheets(), siteFiles(), buildManifest()],
});
