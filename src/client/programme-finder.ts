// The programme finder with JavaScript: filters the cards in place by keyword, theme and the other filters,
// announces the count, and keeps the choice in the URL so it can be shared and undone with Back. The form is
// already on the page (nothing moves when this starts); it works as a plain GET form until then.
import { fillTemplate } from '../lib/template.ts';
import { facetsOfTokens, finderKeys, matches, readFinderState, writeFinderState, type FinderState } from '../lib/finder.ts';

/** Takes over the finder's form: filters on every change, keeps the state in the URL. */
export function startFinder(root: HTMLElement): void {
  const strings = JSON.parse(root.dataset.strings!) as { count: string; none: string; total: string };
  const form = root.querySelector<HTMLFormElement>('#finder-form')!;
  const keyword = form.elements.namedItem('q') as HTMLInputElement;
  const more = root.querySelector<HTMLDetailsElement>('#finder-more')!;
  const status = root.querySelector<HTMLElement>('#finder-status')!;
  const toc = root.querySelector<HTMLElement>('.finder-toc')!;
  // The words a keyword is matched against: name, summary and the card's facts, not the facts' labels, plus
  // the card's keywords (its name and themes in the other language, synonyms: src/lib/finder.ts).
  const cards = [...root.querySelectorAll<HTMLElement>('[data-facets]')].map((el) => ({
    el,
    facets: facetsOfTokens(el.dataset.facets!),
    text: [...[...el.querySelectorAll('.card-title, .card-summary, dd')].map((n) => n.textContent), el.dataset.keywords].join(' '),
  }));
  const groups = [...root.querySelectorAll<HTMLElement>('.finder-group')];

  function apply(state: FinderState): void {
    if (document.activeElement !== keyword) keyword.value = state.q ?? '';
    for (const key of finderKeys) {
      const control = form.elements.namedItem(key) as HTMLSelectElement | RadioNodeList;
      control.value = state[key] ?? '';
      if (key !== 'theme' && state[key]) more.open = true;
    }
    let shown = 0;
    for (const { el, facets, text } of cards) {
      el.hidden = !matches(facets, text, state);
      if (!el.hidden) shown++;
    }
    for (const group of groups) group.hidden = !group.querySelector('[data-facets]:not([hidden])');
    const filtered = Object.keys(state).length > 0;
    toc.hidden = filtered;
    status.textContent = !filtered ? strings.total : shown ? fillTemplate(strings.count, { n: shown }) : strings.none;
  }

  function formState(): FinderState {
    return readFinderState(new URLSearchParams([...new FormData(form)].map(([k, v]) => [k, String(v)])));
  }

  function update(push: boolean): void {
    const state = formState();
    const url = `${location.pathname}${writeFinderState(state)}`;
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
    apply(state);
  }

  form.addEventListener('change', (event) => { if (event.target !== keyword) update(true); });
  // Typing pushes one history entry per word typed in one go, not one per keystroke.
  let typing = false;
  keyword.addEventListener('input', () => {
    update(!typing);
    typing = true;
  });
  keyword.addEventListener('change', () => { typing = false; });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update(true);
  });
  form.addEventListener('reset', () => setTimeout(() => update(true)));
  window.addEventListener('popstate', () => apply(readFinderState(new URLSearchParams(location.search))));
  const initial = readFinderState(new URLSearchParams(location.search));
  if (Object.keys(initial).length) apply(initial);
  root.classList.remove('pending');
}
