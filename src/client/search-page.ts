// The search page in the browser: reads the state from the URL, asks Pagefind (with the site's ranking
// options and Korean query normalisation), puts pages named by the query first, falls back to pages with
// some of the words when none has them all, and renders results as text, never as HTML from the query.
import { excerptParts, trimExcerpt } from '../lib/excerpt.ts';
import { normalizeQuery } from '../lib/search-terms.ts';
import { isNamedBy, mergePartial, queryPhrases, titleSuffixes, uniqueResults } from '../lib/search-results.ts';
import { fillTemplate } from '../lib/template.ts';
import { pagefindFilters, readNames, readSearchState, searchRanking, writeSearchState, type SearchState } from '../lib/search-options.ts';

interface PagefindResult { id: string; score: number; data: () => Promise<ResultData> }
interface ResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface Pagefind {
  options: (o: object) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o: object) => Promise<{ results: PagefindResult[] } | null>;
}

const pageSize = 10;
// Short enough to feel instant (results within 100 ms), long enough to skip fragments of half-typed words.
const typingDelay = 40;
// How many of the results for a part of the query are checked for a page of that name; the names field
// ranks such a page at the top, so a few are enough and few fragments are loaded.
const namedReach = 3;
// Longest query whose words are each searched to notice a word that no page has (each costs a search).
const wordsChecked = 5;

/** The excerpt as DOM nodes: text plus <mark> for the words found, nothing else. */
function excerptNodes(data: ResultData): Node[] {
  return trimExcerpt(excerptParts(data.excerpt), data.content).map((part) => {
    if (!part.mark) return document.createTextNode(part.text);
    const mark = document.createElement('mark');
    mark.textContent = part.text;
    return mark;
  });
}

/**
 * Results for a query: pages named by the query or by a run of its words first, then the pages with
 * all the words, or, when none has them all, the pages with some (`partial`). Pagefind itself drops a
 * word that no page has and returns the pages with the others, so that case counts as partial too.
 */
async function find(pf: Pagefind, query: string, filters: object): Promise<{ results: PagefindResult[]; partial: boolean }> {
  const search = async (q: string | null) => (await pf.search(q, { filters }))?.results ?? [];
  const all = await search(query || null);
  if (!query) return { results: all, partial: false };
  const searches = new Map([[query, Promise.resolve(all)]]);
  const resultsFor = (q: string) => searches.get(q) ?? searches.set(q, search(q)).get(q)!;
  const named = await Promise.all(
    queryPhrases(query).map(async (phrase) => {
      const candidates = (await resultsFor(phrase)).slice(0, phrase === query ? pageSize : namedReach);
      const pages = await Promise.all(candidates.map((r) => r.data()));
      return candidates.filter((_, j) => isNamedBy({ title: pages[j]!.meta.title, names: readNames(pages[j]!.meta.names) }, phrase));
    }),
  );
  // Each word on its own tells whether Pagefind dropped one; a long query is only split when nothing matched.
  const words = [...new Set(query.split(' '))];
  const split = words.length > 1 && (words.length <= wordsChecked || all.length === 0);
  const perWord = split ? await Promise.all(words.map(resultsFor)) : [];
  const partial = perWord.length > 1 && (all.length === 0 || perWord.some((list) => list.length === 0));
  const rest = partial ? mergePartial(perWord) : all;
  return { results: uniqueResults([...named.flat(), ...rest]), partial: partial && rest.length > 0 };
}

/** Runs the search page inside `root`: its form, results, live status and the language switch links. */
export function startSearchPage(root: HTMLElement): void {
  const strings = JSON.parse(root.dataset.strings!) as Record<string, string>;
  const labels = JSON.parse(root.dataset.labels!) as Record<string, Record<string, string>>;
  const form = root.querySelector<HTMLFormElement>('#search-form')!;
  const input = form.querySelector<HTMLInputElement>('#search-q')!;
  const status = root.querySelector<HTMLElement>('#search-status')!;
  const list = root.querySelector<HTMLOListElement>('#search-results')!;
  const more = root.querySelector<HTMLButtonElement>('#search-more')!;
  // The language switch leads to the other language's search page; it keeps the query and filters.
  const switchLinks = [...document.querySelectorAll<HTMLAnchorElement>('header a[hreflang]')].map((link) => ({ link, path: link.getAttribute('href')!.split('?')[0]! }));
  let pagefind: Promise<Pagefind> | undefined;
  let current: PagefindResult[] = [];
  let shown = 0;
  let run = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const load = () =>
    (pagefind ??= (async () => {
      const bundle = '/pagefind/pagefind.js';
      const pf = (await import(/* @vite-ignore */ bundle)) as Pagefind;
      await pf.options({ ranking: searchRanking, excerptLength: 24 });
      await pf.init();
      return pf;
    })());

  function formState(): SearchState {
    return readSearchState(new URLSearchParams([...new FormData(form)].map(([key, value]) => [key, String(value)])));
  }

  function showState(state: SearchState): void {
    input.value = state.query;
    for (const control of form.elements) {
      if (control instanceof HTMLSelectElement) control.value = state.filters[control.name as 'year']?.[0] ?? '';
      if (control instanceof HTMLInputElement && control.type === 'checkbox')
        control.checked = (state.filters[control.name as 'type'] ?? []).includes(control.value);
    }
    if (Object.keys(state.filters).length) form.querySelector('details')!.open = true;
  }

  async function renderMore(): Promise<void> {
    const batch = current.slice(shown, shown + pageSize);
    shown += batch.length;
    const items = await Promise.all(batch.map((r) => r.data()));
    for (const data of items) list.append(resultItem(data));
    showSuffixes();
    more.hidden = shown >= current.length;
  }

  // The labels that tell a result from others of the same title, as the list now stands.
  function showSuffixes(): void {
    const items = [...list.querySelectorAll<HTMLLIElement>('li.search-result')];
    const suffixes = titleSuffixes(items.map((li) => ({ title: li.dataset.title!, labels: JSON.parse(li.dataset.labels!) as (string | undefined)[] })));
    items.forEach((li, i) => {
      li.querySelector('.result-title-suffix')!.textContent = suffixes[i] ? ` · ${suffixes[i]}` : '';
    });
  }

  function resultItem(data: ResultData): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'search-result';
    const type = data.filters.type?.[0];
    const years = data.filters.year ?? [];
    li.dataset.title = data.meta.title ?? data.url;
    li.dataset.labels = JSON.stringify([type && labels.type?.[type], years.length === 1 ? labels.year?.[years[0]!] : undefined]);
    const link = document.createElement('a');
    link.href = data.url;
    link.className = 'result-title';
    const suffix = document.createElement('span');
    suffix.className = 'result-title-suffix';
    link.append(li.dataset.title, suffix);
    const kind = document.createElement('p');
    kind.className = 'result-meta';
    kind.textContent = [type && labels.type?.[type], data.meta.agency, data.meta.audience].filter(Boolean).join(' · ');
    const excerpt = document.createElement('p');
    excerpt.className = 'result-excerpt';
    excerpt.append(...excerptNodes(data));
    li.append(link, kind, excerpt);
    return li;
  }

  async function search(state: SearchState): Promise<void> {
    const ticket = ++run;
    // Lets tests and the benchmark wait for a finished search.
    root.dataset.state = 'searching';
    for (const { link, path } of switchLinks) link.setAttribute('href', path + writeSearchState(state));
    const query = normalizeQuery(state.query);
    list.replaceChildren();
    more.hidden = true;
    if (!query && !Object.keys(state.filters).length) {
      status.textContent = strings['search.empty']!;
      root.dataset.state = 'done';
      return;
    }
    status.textContent = strings['search.loading']!;
    let response;
    try {
      response = await find(await load(), query, pagefindFilters(state.filters));
    } catch {
      status.textContent = strings['search.failed']!;
      root.dataset.state = 'failed';
      return;
    }
    if (ticket !== run) return;
    current = response.results;
    shown = 0;
    await renderMore();
    if (ticket !== run) return;
    const n = current.length;
    const key = n === 0 ? 'search.none' : response.partial ? 'search.partial' : query ? 'search.count' : 'search.countFiltered';
    status.textContent = fillTemplate(strings[key]!, { q: state.query, n: n.toLocaleString(document.documentElement.lang) });
    root.dataset.state = 'done';
  }

  // A submitted search or a changed filter is a step in history; typing only updates the current entry.
  function commit(push: boolean): void {
    const state = formState();
    const url = `${location.pathname}${writeSearchState(state)}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    void search(state);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    commit(true);
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) commit(true);
  });
  form.addEventListener('reset', () => setTimeout(() => commit(true)));
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => commit(false), typingDelay);
  });
  more.addEventListener('click', () => {
    const next = shown;
    void renderMore().then(() => list.children[next]?.querySelector('a')?.focus());
  });
  // Arrow keys move between the box and the result links.
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll('a')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (document.activeElement !== input && at < 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
    (next < 0 ? input : links[Math.min(next, links.length - 1)])?.focus();
  });
  window.addEventListener('popstate', () => {
    const state = readSearchState(new URLSearchParams(location.search));
    showState(state);
    void search(state);
  });

  const initial = readSearchState(new URLSearchParams(location.search));
  showState(initial);
  void search(initial);
}
