// The programme finder's filters: which programmes match, and the state in the URL. Pure, so the page's
// script and the unit tests share it.
import type { Bilingual, Locale } from '../schemas/common.ts';
import { mentionedIn, type SynonymGroup } from './search-synonyms.ts';
import { nameKey, normalizeQuery } from './search-terms.ts';

export const finderKeys = ['theme', 'audience', 'kind', 'agency', 'strategy', 'task'] as const;
export type FinderKey = (typeof finderKeys)[number];
/** One chosen value per filter (an absent key means "all"), and the words typed in the keyword box. */
export type FinderState = Partial<Record<FinderKey, string>> & { q?: string };
/** The values a programme has for each filter (several themes, audiences, agencies, tasks). */
export type FinderFacets = Record<FinderKey, string[]>;

/**
 * Whether a programme's card text holds every word of the query, particles removed and case ignored. Words
 * match anywhere, not only at the start, so 공장 finds 스마트공장 and 팁스 finds 딥테크 팁스.
 */
export function keywordMatches(text: string, query: string): boolean {
  const haystack = text.toLowerCase();
  return normalizeQuery(query).toLowerCase().split(' ').filter(Boolean).every((word) => haystack.includes(word));
}

/**
 * The finder's only inline script, run while the page is parsed, before the list is drawn: with filters in the
 * address it marks the finder `pending` (CSS draws the list invisible until the finder's script has applied
 * them) and opens "more filters" when one of those is chosen, so nothing moves when the script starts. Its
 * hash is allowed by the Content-Security-Policy (src/lib/security.ts).
 */
export const finderPendingScript =
  `if(location.search){document.getElementById('finder').classList.add('pending');` +
  `if(/[?&](${finderKeys.filter((k) => k !== 'theme').join('|')})=./.test(location.search))document.getElementById('finder-more').open=true}`;

/** A programme as the keyword box sees it beyond its card: name, summary and theme names in both languages. */
export interface CardText {
  name: Bilingual;
  summary: Bilingual;
  themes: Bilingual[];
}

/**
 * The words a card is also found by, beyond what it shows in the page's language: its name and theme names in
 * the other language (내일채움공제 finds it on the English finder, "Deep Tech TIPS" on the Korean one), and the
 * terms of each synonym group whose meaning its name or summary has, in either language (장기재직 finds
 * 내일채움공제), as the search applies them. The page keeps them in the card's `data-keywords`.
 */
export function cardKeywords(card: CardText, locale: Locale, groups: SynonymGroup[]): string {
  const other = locale === 'ko' ? 'en' : 'ko';
  const inCard = mentionedIn([card.name, card.summary].flatMap((b) => [b.ko, b.en ?? '']).join('\n'));
  const words = [card.name[other], ...card.themes.map((x) => x[other]), ...groups.filter((g) => g.means.some(inCard)).flatMap((g) => g.terms)];
  return [...new Map(words.filter((w): w is string => !!w).map((w) => [nameKey(w), w])).values()].join(' ');
}

/**
 * A card's filter values as one attribute, `theme:rd audience:smes task:1-1 task:5/1-1 …`: less than half the
 * bytes of the same values as JSON (escaped in HTML), on every card. Values are ids and plan-scoped numbers,
 * which hold no space; a value is read from after its key's colon.
 */
export function facetTokens(facets: FinderFacets): string {
  return finderKeys.flatMap((key) => facets[key].map((value) => {
    if (!/^\S+$/.test(value)) throw new Error(`Finder ${key} value "${value}": expected an id without spaces`);
    return `${key}:${value}`;
  })).join(' ');
}

/** The filter values back from a card's token list (facetTokens). */
export function facetsOfTokens(tokens: string): FinderFacets {
  const facets = Object.fromEntries(finderKeys.map((key) => [key, [] as string[]])) as FinderFacets;
  for (const token of tokens.split(' ')) {
    const colon = token.indexOf(':');
    facets[token.slice(0, colon) as FinderKey]?.push(token.slice(colon + 1));
  }
  return facets;
}

/** Whether a programme passes every chosen filter and the keyword box. */
export function matches(facets: FinderFacets, text: string, state: FinderState): boolean {
  return finderKeys.every((key) => !state[key] || facets[key].includes(state[key]!)) && keywordMatches(text, state.q ?? '');
}

/** The finder's state from a URL query (`?q=…&theme=…`). */
export function readFinderState(params: URLSearchParams): FinderState {
  const state: FinderState = {};
  const q = params.get('q')?.trim();
  if (q) state.q = q;
  for (const key of finderKeys) {
    const value = params.get(key);
    if (value) state[key] = value;
  }
  return state;
}

/** The URL query of a state, empty when nothing is chosen. */
export function writeFinderState(state: FinderState): string {
  const params = new URLSearchParams();
  if (state.q?.trim()) params.set('q', state.q.trim());
  for (const key of finderKeys) if (state[key]) params.set(key, state[key]!);
  const text = params.toString();
  return text ? `?${text}` : '';
}
