// Synonyms of the search (content/search/synonyms.yaml plus the earlier names of roadmap fields), applied
// when the index is built: a page gets a synonym's terms wherever it has what they mean, so Pagefind's own
// matching and ranking treat 배터리 on a page about 이차전지 as if the page said it (decisions.md).
import type { Bilingual } from '../schemas/common.ts';
import type { Synonym } from '../schemas/entries.ts';
import { nameKey } from './search-terms.ts';

/** Terms readers type and the words (any language) the pages use for the same thing. */
export interface SynonymGroup {
  terms: string[];
  means: string[];
}

/** What a roadmap field record gives the synonyms: its editions, oldest first, each with its name if it has one. */
export interface FieldNames {
  editions: { name?: Bilingual | undefined }[];
}

const both = (b: Bilingual) => (b.en ? [b.ko, b.en] : [b.ko]);
const unique = (xs: string[]) => [...new Map(xs.map((x) => [nameKey(x), x])).values()];

/**
 * The groups to apply: each staff entry (a `field` means every name the field has had, in both languages),
 * and for each field whose name changed, its earlier names as terms meaning its current names.
 */
export function synonymGroups(entries: Synonym[], fields: Map<string, FieldNames>): SynonymGroup[] {
  const named = (f: FieldNames) => f.editions.flatMap((e) => (e.name ? [e.name] : []));
  const allNames = (f: FieldNames) => unique(named(f).flatMap(both));
  const staff = entries.map((e) => ({ terms: e.terms, means: e.field ? allNames(fields.get(e.field)!) : [e.means!] }));
  const renamed = [...fields.values()].flatMap((f) => {
    const now = both(named(f).at(-1)!);
    const current = new Set(now.map(nameKey));
    const earlier = allNames(f).filter((n) => !current.has(nameKey(n)));
    return earlier.length ? [{ terms: earlier, means: now }] : [];
  });
  return [...staff, ...renamed];
}

const hangulStart = /^[\uAC00-\uD7A3]/;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether `text` has a phrase, case ignored: `mentionedIn(text)(phrase)`, the text folded (composed, lower case)
 * once for many phrases. Korean words join into compounds and take particles, so a Korean phrase counts
 * anywhere (이차전지 in 리튬이차전지를); any other needs word edges (AI is not in 'said').
 */
export function mentionedIn(text: string): (phrase: string) => boolean {
  const t = fold(text);
  return (phrase) => {
    const p = fold(phrase);
    if (hangulStart.test(p)) return t.includes(p);
    return new RegExp(`(?<![\\p{L}\\p{N}])${escape(p)}(?![\\p{L}\\p{N}])`, 'u').test(t);
  };
}

const fold = (text: string) => text.normalize('NFC').toLowerCase();

/** A page as the synonyms see it: the names it is known by (programmes, roadmap fields), its title, its text. */
export interface SynonymTarget {
  names: string[];
  title: string;
  body: string;
}

/**
 * The terms a page gets, by where it has their meaning: a page named by it gets them as names (it ranks
 * first for them), else one with it in the title gets them as title terms, else one with it in the text as
 * text terms. Each term is placed once, at the strongest place.
 */
export function placeSynonyms(page: SynonymTarget, groups: SynonymGroup[]): { names: string[]; title: string[]; body: string[] } {
  const pageNames = new Set(page.names.map(nameKey));
  const [inTitle, inBody] = [mentionedIn(page.title), mentionedIn(page.body)];
  const placed = { names: [] as string[], title: [] as string[], body: [] as string[] };
  for (const { terms, means } of groups) {
    const where = means.some((m) => pageNames.has(nameKey(m))) ? 'names'
      : means.some(inTitle) ? 'title'
      : means.some(inBody) ? 'body'
      : undefined;
    if (where) placed[where].push(...terms);
  }
  const strongerHas = (place: 'title' | 'body', key: string) =>
    (place === 'body' && placed.title.some((t) => nameKey(t) === key)) || placed.names.some((t) => nameKey(t) === key);
  return {
    names: unique(placed.names),
    title: unique(placed.title).filter((t) => !strongerHas('title', nameKey(t))),
    body: unique(placed.body).filter((t) => !strongerHas('body', nameKey(t))),
  };
}
