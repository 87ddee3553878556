// Probes generated from content, not hand-picked: every programme must come first for its own name, every
// roadmap field for its names, its earlier names and the synonyms that name it, on the Korean and the
// English site. A programme, field or synonym that staff add is probed as soon as it is written.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ZodType } from 'astro/zod';
import { localize, paths } from '../../src/lib/routes.ts';
import { nameKey } from '../../src/lib/search-terms.ts';
import { programme } from '../../src/schemas/entries.ts';
import { readSynonymSources } from '../../scripts/search-index.ts';
import type { Bilingual, Locale } from '../../src/schemas/common.ts';
import { root } from '../support/project.ts';
import type { Probe } from './search-queries.ts';

const records = <T>(dir: string, schema: ZodType<T>): [string, T][] =>
  readdirSync(join(root, 'content', dir))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => [f.slice(0, -5), schema.parse(parse(readFileSync(join(root, 'content', dir, f), 'utf8')))]);

const locales: Locale[] = ['ko', 'en'];
const named = (b: Bilingual, locale: Locale) => (locale === 'ko' ? b.ko : b.en);

/** Queries whose first result must be the page given. */
export async function nameProbes(): Promise<Probe[]> {
  const programmes = records('programmes', programme);
  const { entries: synonyms, fields: fieldEditions } = await readSynonymSources(join(root, 'content'));
  // Each field with its current name (that of its latest named edition) and all its editions.
  const fields = [...fieldEditions].map(([slug, f]) => {
    const editions = f.editions.flatMap((e) => (e.name ? [{ year: e.year, name: e.name }] : []));
    return [slug, { name: editions.at(-1)!.name, editions }] as const;
  });
  const probes: Probe[] = [];
  const add = (locale: Locale, query: string | undefined, path: string, why: string) => {
    if (query && !probes.some((p) => p[0] === locale && nameKey(p[1]) === nameKey(query))) probes.push([locale, query, localize(locale, path), why]);
  };
  for (const locale of locales) {
    for (const [slug, p] of programmes) add(locale, named(p.name, locale), paths.programme(slug), 'programme name');
    for (const [slug, f] of fields) {
      add(locale, named(f.name, locale), paths.roadmapField(slug), 'roadmap field name');
      for (const e of f.editions) add(locale, named(e.name, locale), paths.roadmapField(slug), `earlier field name (${e.year})`);
    }
    for (const s of synonyms) {
      // A synonym's page: the field it names, or the programme or field whose name is its meaning.
      const byMeaning = (b: Bilingual) => !!s.means && [b.ko, b.en].some((n) => n && nameKey(n) === nameKey(s.means!));
      const target = s.field ? paths.roadmapField(s.field)
        : programmes.filter(([, p]) => byMeaning(p.name)).map(([slug]) => paths.programme(slug))[0]
          ?? fields.filter(([, f]) => byMeaning(f.name)).map(([slug]) => paths.roadmapField(slug))[0];
      if (target) for (const term of s.terms) add(locale, term, target, 'synonym in content/search/');
    }
  }
  return probes;
}
