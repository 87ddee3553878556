// How the search page orders and labels what Pagefind returns: pages named by the query first, pages with
// some of the words when none has all, and what tells apart results with the same title. Pure, so the
// rules are unit-tested; src/client/search-page.ts runs them in the browser.
import { nameKey } from './search-terms.ts';

/** Longest query whose shorter parts are each checked for a page of that name (each costs a search). */
const partsUpTo = 3;

/**
 * Parts of a query that may name a page, longest first: the whole query and, for a query of up to three
 * words, its shorter runs of words and each word ('이차전지 소재' → '이차전지 소재', '이차전지', '소재').
 */
export function queryPhrases(query: string): string[] {
  const words = query.split(/\s+/).filter(Boolean);
  if (words.length > partsUpTo) return [words.join(' ')];
  const phrases: string[] = [];
  for (let length = words.length; length >= 1; length--)
    for (let start = 0; start + length <= words.length; start++) phrases.push(words.slice(start, start + length).join(' '));
  return [...new Set(phrases)];
}

/** Whether a page is named by `phrase`: its title or one of its names, ignoring case, spacing and punctuation. */
export function isNamedBy(page: { title?: string; names: string[] }, phrase: string): boolean {
  const key = nameKey(phrase);
  return key !== '' && [page.title ?? '', ...page.names].some((name) => nameKey(name) === key);
}

/**
 * Pages found by the words of a query searched one by one, when no page has them all: pages with more
 * of the words first, then by their summed Pagefind scores.
 */
export function mergePartial<T extends { id: string; score: number }>(lists: T[][]): T[] {
  const merged = new Map<string, { result: T; words: number; score: number }>();
  for (const list of lists)
    for (const result of list) {
      const seen = merged.get(result.id);
      if (seen) {
        seen.words += 1;
        seen.score += result.score;
      } else merged.set(result.id, { result, words: 1, score: result.score });
    }
  return [...merged.values()].sort((a, b) => b.words - a.words || b.score - a.score).map((m) => m.result);
}

/** Each result once, in the order first seen. */
export function uniqueResults<T extends { id: string }>(results: T[]): T[] {
  return [...new Map(results.map((r) => [r.id, r] as const)).values()];
}

/**
 * For results that share a title, the labels (page kind, year) that differ within the group, joined
 * with ' · '; '' for a title shown once or labels that are all alike.
 */
export function titleSuffixes(items: { title: string; labels: (string | undefined)[] }[]): string[] {
  const groups = new Map<string, number[]>();
  items.forEach((item, i) => groups.set(nameKey(item.title), [...(groups.get(nameKey(item.title)) ?? []), i]));
  return items.map((item) => {
    const group = groups.get(nameKey(item.title))!;
    if (group.length < 2) return '';
    const differs = (k: number) => new Set(group.map((j) => items[j]!.labels[k])).size > 1;
    return item.labels.filter((label, k): label is string => !!label && differs(k)).join(' · ');
  });
}
