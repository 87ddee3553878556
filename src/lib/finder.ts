// The programme finder's filters: which programmes match, and the state in the URL. Pure, so the page's
// script and the unit tests share it.

export const finderKeys = ['audience', 'kind', 'agency', 'strategy', 'task'] as const;
export type FinderKey = (typeof finderKeys)[number];
/** One chosen value per filter; an absent key means "all". */
export type FinderState = Partial<Record<FinderKey, string>>;
/** The values a programme has for each filter (several audiences, agencies, tasks). */
export type FinderFacets = Record<FinderKey, string[]>;

export function matches(facets: FinderFacets, state: FinderState): boolean {
  return finderKeys.every((key) => !state[key] || facets[key].includes(state[key]!));
}

export function readFinderState(params: URLSearchParams): FinderState {
  const state: FinderState = {};
  for (const key of finderKeys) {
    const value = params.get(key);
    if (value) state[key] = value;
  }
  return state;
}

export function writeFinderState(state: FinderState): string {
  const params = new URLSearchParams();
  for (const key of finderKeys) if (state[key]) params.set(key, state[key]!);
  const text = params.toString();
  return text ? `?${text}` : '';
}
