// What the search index carries and how the search page asks for it: shared by the pages that emit
// Pagefind attributes, the indexer (scripts/search-index.ts) and the search page's script, so the three
// cannot drift apart.

/** Hidden metadata fields holding the alias terms of src/lib/search-terms.ts. */
export const searchMeta = { aliases: 'aliases', titleAliases: 'title_aliases' } as const;

/**
 * Ranking options, applied by the search page however it was opened. Title words count most; aliases from
 * the title come next, so a page named 탄소중립 … ranks high for 중립; aliases from the body count less
 * than the body itself, so short common parts (기업, 지원) do not lift pages that only contain compounds.
 * A lower term-frequency weight keeps long task pages that repeat a name (스마트공장) from burying the
 * programme of that name; tuned against tests/browser/search-queries.ts (`npm run bench` shows recall).
 */
export const searchRanking = {
  metaWeights: { title: 10, [searchMeta.titleAliases]: 5, [searchMeta.aliases]: 0.5 },
  termFrequency: 0.5,
} as const;

export const pageTypes = ['programme', 'measure', 'roadmap-field', 'target', 'task', 'strategy', 'page'] as const;
export type PageType = (typeof pageTypes)[number];

/** Filters, in the order the search page shows them. `type` takes several values; the others one. */
export const filterKeys = ['type', 'plan', 'year', 'strategy', 'task', 'agency', 'audience', 'category'] as const;
export type FilterKey = (typeof filterKeys)[number];
export type Filters = Partial<Record<FilterKey, string[]>>;

/** What a page tells the index about itself, beyond its text. */
export interface SearchEntry {
  type: PageType;
  filters?: Omit<Filters, 'type'>;
  /** Shown with the result, e.g. a programme's agency and audience. */
  meta?: Record<string, string>;
}

export interface SearchState {
  query: string;
  filters: Filters;
}

/** Reads `?q=…&type=…&year=…` (repeated keys for several values). Unknown keys are ignored. */
export function readSearchState(params: URLSearchParams): SearchState {
  const filters: Filters = {};
  for (const key of filterKeys) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length) filters[key] = key === 'type' ? values : values.slice(0, 1);
  }
  return { query: params.get('q')?.trim() ?? '', filters };
}

/** The URL query of a state; filters in a fixed order so the same search always has the same URL. */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of filterKeys) for (const value of state.filters[key] ?? []) params.append(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Pagefind's filter argument: any of several page types, exactly the one value of every other filter. */
export function pagefindFilters(filters: Filters): Record<string, string | { any: string[] }> {
  const out: Record<string, string | { any: string[] }> = {};
  for (const key of filterKeys) {
    const values = filters[key];
    if (!values?.length) continue;
    out[key] = key === 'type' ? { any: values } : values[0]!;
  }
  return out;
}
