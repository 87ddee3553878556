// The programme finder with JavaScript: shows the filter form, hides programmes and groups that do not
// match, announces the count, and keeps the choice in the URL so it can be shared and undone with Back.
import { fillTemplate } from '../lib/template.ts';
import { finderKeys, matches, readFinderState, writeFinderState, type FinderFacets, type FinderState } from '../lib/finder.ts';

export function startFinder(root: HTMLElement): void {
  const strings = JSON.parse(root.dataset.strings!) as { count: string; none: string };
  const form = root.querySelector<HTMLFormElement>('#finder-form')!;
  const status = root.querySelector<HTMLElement>('#finder-status')!;
  const toc = root.querySelector<HTMLElement>('.finder-toc')!;
  const cards = [...root.querySelectorAll<HTMLElement>('[data-facets]')].map((el) => ({ el, facets: JSON.parse(el.dataset.facets!) as FinderFacets }));
  const groups = [...root.querySelectorAll<HTMLElement>('.finder-group')];

  function apply(state: FinderState): void {
    for (const key of finderKeys) (form.elements.namedItem(key) as HTMLSelectElement).value = state[key] ?? '';
    let shown = 0;
    for (const { el, facets } of cards) {
      el.hidden = !matches(facets, state);
      if (!el.hidden) shown++;
    }
    for (const group of groups) group.hidden = !group.querySelector('[data-facets]:not([hidden])');
    toc.hidden = Object.keys(state).length > 0;
    status.textContent = shown ? fillTemplate(strings.count, { n: shown }) : strings.none;
  }

  function formState(): FinderState {
    return readFinderState(new URLSearchParams([...new FormData(form)].map(([k, v]) => [k, String(v)])));
  }

  form.hidden = false;
  form.addEventListener('change', () => {
    const state = formState();
    history.pushState(null, '', `${location.pathname}${writeFinderState(state)}`);
    apply(state);
  });
  form.addEventListener('reset', () => setTimeout(() => form.dispatchEvent(new Event('change'))));
  window.addEventListener('popstate', () => apply(readFinderState(new URLSearchParams(location.search))));
  apply(readFinderState(new URLSearchParams(location.search)));
}
