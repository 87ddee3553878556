// Facets of the content that search and the programme finder filter on (page type, year, strategy, task,
// agency, audience, category), from the same content the pages render. Values are language-neutral ids;
// each page labels them in its language.
import { pick, t, type UiKey } from '../lib/i18n.ts';
import { finderKeys, type FinderFacets, type FinderKey } from '../lib/finder.ts';
import { measureYear } from '../lib/measures.ts';
import { filterKeys, pageTypes, type FilterKey, type SearchEntry } from '../lib/search-options.ts';
import { audiences, programmeKinds } from '../schemas/entries.ts';
import type { Bilingual, Locale } from '../schemas/common.ts';
import type { Measure, Programme, RoadmapField, Site, Task } from './site.ts';

const unique = (values: string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

/** `2022-result`, `2023-plan`: the year filter tells results from plans. */
export function yearFilter(m: Measure): string {
  return `${measureYear(m.id)}-${m.data.kind}`;
}

function strategyOf(s: Site, taskId: string): string {
  return String(s.taskById.get(taskId)!.data.strategy);
}

export function measureEntry(s: Site, m: Measure): SearchEntry {
  return { type: 'measure', filters: { year: [yearFilter(m)], strategy: [strategyOf(s, m.data.task)], task: [m.data.task] } };
}

export function taskEntry(s: Site, task: Task): SearchEntry {
  const measures = s.measures.filter((m) => m.data.task === task.id);
  return { type: 'task', filters: { year: unique(measures.map(yearFilter)), strategy: [String(task.data.strategy)], task: [task.id] } };
}

export function programmeEntry(s: Site, p: Programme, locale: Locale): SearchEntry {
  const measures = s.measures.filter((m) => m.data.programmes.includes(p.id));
  const agencies = [p.data.ministry, ...p.data.operators];
  const { strategy, task, agency, audience } = programmeFacets(s, p);
  return {
    type: 'programme',
    filters: { year: unique(measures.map(yearFilter)), strategy, task, agency, audience },
    meta: {
      agency: agencies.map((a) => pick(s.agencies.get(a)!.data.name, locale).text).join(', '),
      audience: p.data.audience.map((a) => t(locale, `audience.${a}`)).join(', '),
    },
    names: names(p.data.name),
  };
}

export function roadmapFieldEntry(field: RoadmapField): SearchEntry {
  return { type: 'roadmap-field', filters: { category: [field.data.category] }, names: names(field.data.name) };
}

/** A name in both languages, so that either finds the page on either site. */
function names(name: Bilingual): string[] {
  return [name.ko, ...(name.en ? [name.en] : [])];
}

export interface FilterOption<K extends FilterKey | FinderKey> {
  key: K;
  values: { value: string; label: string }[];
}
type Values = FilterOption<FilterKey>['values'];

/** Every facet's values with their labels in one language, only values some page carries. */
function facetValues(s: Site, locale: Locale): Record<FilterKey | FinderKey, Values> {
  const byLabel = (values: Values) => values.sort((a, b) => a.label.localeCompare(b.label, locale));
  const agencies = unique(s.programmes.flatMap((p) => [p.data.ministry, ...p.data.operators]));
  return {
    type: pageTypes.map((type) => ({ value: type, label: t(locale, `search.type.${type}`) })),
    year: unique(s.measures.map(yearFilter)).map((y) => {
      const [year, kind] = y.split('-');
      return { value: y, label: t(locale, `search.year.${kind as 'result' | 'plan'}`, { year: year! }) };
    }),
    strategy: s.strategies.map((x) => ({ value: x.id, label: `${t(locale, 'strategy.label', { n: x.id })}. ${pick(x.data.title, locale).text}` })),
    task: s.tasks.map((x) => ({ value: x.id, label: `${x.id} ${pick(x.data.title, locale).text}` })),
    agency: byLabel(agencies.map((a) => ({ value: a, label: pick(s.agencies.get(a)!.data.name, locale).text }))),
    audience: audiences.filter((a) => s.programmes.some((p) => p.data.audience.includes(a))).map((a) => ({ value: a, label: t(locale, `audience.${a}`) })),
    kind: programmeKinds.filter((k) => s.programmes.some((p) => p.data.kind === k)).map((k) => ({ value: k, label: t(locale, `kind.${k}`) })),
    category: unique(s.roadmapFields.map((f) => f.data.category)).map((c) => ({ value: c, label: t(locale, `roadmap.category.${c}` as UiKey) })),
  };
}

/** The search page's filters, in their order. */
export function searchFilterOptions(s: Site, locale: Locale): FilterOption<FilterKey>[] {
  const values = facetValues(s, locale);
  return filterKeys.map((key) => ({ key, values: values[key] }));
}

/** The programme finder's filters, in their order. */
export function finderOptions(s: Site, locale: Locale): FilterOption<FinderKey>[] {
  const values = facetValues(s, locale);
  return finderKeys.map((key) => ({ key, values: values[key] }));
}

/** A programme's values for the finder's filters, from the programme and the measures that name it. */
export function programmeFacets(s: Site, p: Programme): FinderFacets {
  const measures = s.measures.filter((m) => m.data.programmes.includes(p.id));
  return {
    audience: [...p.data.audience],
    kind: [p.data.kind],
    agency: unique([p.data.ministry, ...p.data.operators]),
    strategy: unique(measures.map((m) => strategyOf(s, m.data.task))),
    task: unique(measures.map((m) => m.data.task)),
  };
}
