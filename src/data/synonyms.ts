// The staff's synonym list (content/search/*.yaml), read from disk: it is no content collection, because only
// the search index (scripts/search-index.ts) and the programme finder use it.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentDir } from '../lib/content-files.ts';
import { synonymGroups, type SynonymGroup } from '../lib/search-synonyms.ts';
import { synonymList, type Synonym } from '../schemas/entries.ts';
import type { Site } from './site.ts';

/** Every entry of the synonym files in `content/search/`, in file order. */
export async function readSynonymEntries(content = contentDir): Promise<Synonym[]> {
  const files = (await readdir(join(content, 'search')).catch(() => [])).filter((f) => f.endsWith('.yaml')).sort();
  const lists = await Promise.all(files.map(async (f) => synonymList.parse(parse(await readFile(join(content, 'search', f), 'utf8'))).synonyms));
  return lists.flat();
}

/** The synonym groups of the site (staff entries plus the roadmap fields' earlier names), as the search applies them. */
export async function siteSynonyms(s: Site): Promise<SynonymGroup[]> {
  return synonymGroups(await readSynonymEntries(), new Map(s.roadmapFields.map((f) => [f.id, f.data])));
}
