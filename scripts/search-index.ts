// Builds the Pagefind index of a built site (default `dist/`): one index per language, from every page
// with a `data-pagefind-body`, plus Korean alias terms (see src/lib/search-terms.ts) and synonyms (see
// src/lib/search-synonyms.ts) carried in hidden metadata so they are searchable without showing up in
// result excerpts. The HTML on disk is not changed.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { parse } from 'yaml';
import { builtFiles } from '../src/lib/built-files.ts';
import { contentDir } from '../src/lib/content-files.ts';
import { aliasTerms } from '../src/lib/search-terms.ts';
import { nameSeparator, readNames, searchMeta } from '../src/lib/search-options.ts';
import { placeSynonyms, synonymGroups, type SynonymGroup } from '../src/lib/search-synonyms.ts';
import { readSynonymEntries } from '../src/data/synonyms.ts';
import { roadmapField, type Synonym } from '../src/schemas/entries.ts';

type RoadmapFieldData = ReturnType<typeof roadmapField.parse>;

const unescape = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const decode = (html: string) => unescape(html.replace(/<[^>]+>/g, ' '));
const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
// The `names` metadata a programme or roadmap field page carries (src/components/SearchTags.astro).
const namesSpan = new RegExp(`(<span[^>]*data-pagefind-meta="${searchMeta.names}\\[data-value\\]"[^>]*data-value=")([^"]*)(")`);

/** What the synonyms are made of: the entries of content/search/*.yaml and the editions of each roadmap field. */
export async function readSynonymSources(content = contentDir): Promise<{ entries: Synonym[]; fields: Map<string, RoadmapFieldData> }> {
  const files = async (dir: string, suffix: string) =>
    (await readdir(join(content, dir)).catch(() => [])).filter((f) => f.endsWith(suffix)).sort().map((f) => [f.slice(0, -suffix.length), join(content, dir, f)] as const);
  const entries = await readSynonymEntries(content);
  // A field is a Korean MDX file whose frontmatter holds its editions.
  const fields = await Promise.all(
    (await files('roadmap-fields', '.ko.mdx')).map(async ([id, f]) => {
      const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(await readFile(f, 'utf8'))?.[1] ?? '';
      return [id, roadmapField.parse(parse(frontmatter))] as const;
    }),
  );
  return { entries, fields: new Map(fields) };
}

// Pagefind separates words at paragraphs and headings but not at these tags, and the minified HTML has no
// whitespace between them, so `<dt>지원 대상</dt><dd>중소기업</dd>` would index the word 대상중소기업.
const unseparated = /<\/(dt|dd|th|td|li|caption|summary|figcaption|small|span|a)>/g;

/** The page's HTML as Pagefind should read it: words kept apart, alias terms and synonyms as hidden metadata. */
export function indexableHtml(html: string, { aliases = true, synonyms = [] as SynonymGroup[] } = {}): string {
  html = html.replace(unseparated, ' </$1>');
  if (!aliases) return html;
  const body = html.match(/<main\b[^>]*data-pagefind-body[^>]*>([\s\S]*)<\/main>/);
  if (!body) return html;
  const title = decode(html.match(/<h1\b[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? '');
  const text = decode(body[1]!);
  const names = readNames(unescape(html.match(namesSpan)?.[2] ?? ''));
  const placed = placeSynonyms({ names, title, body: text }, synonyms);
  if (placed.names.length) html = html.replace(namesSpan, (_, start: string, _value, end: string) => start + escapeAttribute([...names, ...placed.names].join(nameSeparator)) + end);
  const fields: [string, string[]][] = [
    [searchMeta.titleAliases, [...aliasTerms(title), ...placed.title]],
    [searchMeta.aliases, [...aliasTerms(text), ...placed.body]],
  ];
  const spans = fields
    .filter(([, terms]) => terms.length > 0)
    .map(([name, terms]) => `<span hidden data-pagefind-meta="${name}[data-terms]" data-terms="${escapeAttribute(terms.join(' '))}"></span>`)
    .join('');
  return html.replace(/<\/main>/, `${spans}</main>`);
}

/**
 * Indexes `siteDir` into `siteDir/pagefind`; returns the number of pages indexed per language.
 * `aliases: false` gives plain Pagefind, the baseline `npm run bench` compares against.
 */
export async function buildSearchIndex(siteDir: string, { aliases = true } = {}): Promise<Record<string, number>> {
  const { entries, fields } = await readSynonymSources();
  const synonyms = aliases ? synonymGroups(entries, fields) : [];
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  for (const path of (await builtFiles(siteDir)).filter((p) => p.endsWith('.html') && !p.startsWith('/pagefind/'))) {
    const url = path.replace(/index\.html$/, '');
    const added = await index.addHTMLFile({ url, content: indexableHtml(await readFile(join(siteDir, path), 'utf8'), { aliases, synonyms }) });
    if (added.errors.length) throw new Error(`${path}: ${added.errors.join('; ')}`);
  }
  const outputPath = join(siteDir, 'pagefind');
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  await pagefind.close();
  const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.fromEntries(Object.entries(entry.languages).map(([lang, l]) => [lang, l.page_count]));
}

if (import.meta.main) {
  const siteDir = process.argv[2] ?? 'dist';
  const pages = await buildSearchIndex(siteDir);
  console.log(`search index: ${Object.entries(pages).map(([lang, n]) => `${n} pages (${lang})`).join(', ')}`);
}
