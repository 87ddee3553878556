// The programme finder's filters: which programmes match, and the state in the URL. Pure, so the page's
// script and the unit tests share it.
import { normalizeQuery } from './search-terms.ts';

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
