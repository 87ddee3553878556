// The search page in the browser: reads the state from the URL, asks Pagefind (with the site's ranking
// options and Korean query normalisation), and renders results as text, never as HTML from the query.
import { normalizeQuery } from '../lib/search-terms.ts';
import { fillTemplate } from '../lib/template.ts';
import { pagefindFilters, readSearchState, searchRanking, writeSearchState, type SearchState } from '../lib/search-options.ts';

interface PagefindResult { id: string; data: () => Promise<ResultData> }
interface ResultData {
  url: string;
  excerpt: string;
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

/** The excerpt as DOM nodes: text plus Pagefind's <mark> highlights, nothing else survives. */
function excerptNodes(excerpt: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  return [...doc.body.firstChild!.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

export function startSearchPage(root: HTMLElement): void {
  const strings = JSON.parse(root.dataset.strings!) as Record<string, string>;
  const labels = JSON.parse(root.dataset.labels!) as Record<string, Record<string, string>>;
  const form = root.querySelector<HTMLFormElement>('#search-form')!;
  const input = form.querySelector<HTMLInputElement>('#search-q')!;
  const status = root.querySelector<HTMLElement>('#search-status')!;
  const list = root.querySelector<HTMLOListElement>('#search-results')!;
  const more = root.querySelector<HTMLButtonElement>('#search-more')!;
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
    more.hidden = shown >= current.length;
  }

  function resultItem(data: ResultData): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'search-result';
    const link = document.createElement('a');
    link.href = data.url;
    link.className = 'result-title';
    link.textContent = data.meta.title ?? data.url;
    const type = data.filters.type?.[0];
    const kind = document.createElement('p');
    kind.className = 'result-meta';
    kind.textContent = [type && labels.type?.[type], data.meta.agency, data.meta.audience].filter(Boolean).join(' · ');
    const excerpt = document.createElement('p');
    excerpt.className = 'result-excerpt';
    excerpt.append(...excerptNodes(data.excerpt));
    li.append(link, kind, excerpt);
    return li;
  }

  async function search(state: SearchState): Promise<void> {
    const ticket = ++run;
    // Lets tests and the benchmark wait for a finished search.
    root.dataset.state = 'searching';
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
      response = await (await load()).search(query || null, { filters: pagefindFilters(state.filters) });
    } catch {
      status.textContent = strings['search.failed']!;
      root.dataset.state = 'failed';
      return;
    }
    if (!response || ticket !== run) return;
    current = response.results;
    shown = 0;
    await renderMore();
    if (ticket !== run) return;
    const n = current.length;
    status.textContent = n === 0
      ? fillTemplate(strings['search.none']!, { q: state.query })
      : fillTemplate(strings[query ? 'search.count' : 'search.countFiltered']!, { q: state.query, n: n.toLocaleString(document.documentElement.lang) });
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
