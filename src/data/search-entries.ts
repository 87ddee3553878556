// What each kind of page tells the search index (type, filters, result metadata), from the same content
// the page renders. Filter values are language-neutral ids; the search page labels them per language.
import type { CollectionEntry } from 'astro:content';
import { pick, t, type UiKey } from '../lib/i18n.ts';
import { measureYear } from '../lib/measures.ts';
import { pageTypes, type FilterKey, type SearchEntry } from '../lib/search-options.ts';
import type { Locale } from '../schemas/common.ts';
import type { Measure, Programme, Site, Task } from './site.ts';

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
  return {
    type: 'programme',
    filters: {
      year: unique(measures.map(yearFilter)),
      strategy: unique(measures.map((m) => strategyOf(s, m.data.task))),
      task: unique(measures.map((m) => m.data.task)),
      agency: unique(agencies),
      audience: [...p.data.audience],
    },
    meta: {
      agency: agencies.map((a) => pick(s.agencies.get(a)!.data.name, locale).text).join(', '),
      audience: p.data.audience.map((a) => t(locale, `audience.${a}`)).join(', '),
    },
  };
}

export function roadmapFieldEntry(field: CollectionEntry<'roadmapFields'>): SearchEntry {
  return { type: 'roadmap-field', filters: { category: [field.data.category] } };
}

export interface FilterOption {
  key: FilterKey;
  values: { value: string; label: string }[];
}

/** Every filter's values with their labels in one language, only values some page carries. */
export function searchFilterOptions(s: Site, locale: Locale): FilterOption[] {
  const years = unique(s.measures.map(yearFilter));
  const agencies = unique(s.programmes.flatMap((p) => [p.data.ministry, ...p.data.operators]));
  const audiences = unique(s.programmes.flatMap((p) => p.data.audience));
  const categories = unique(s.roadmapFields.map((f) => f.data.category));
  const byLabel = (values: { value: string; label: string }[]) => values.sort((a, b) => a.label.localeCompare(b.label, locale));
  return [
    { key: 'type', values: pageTypes.map((type) => ({ value: type, label: t(locale, `search.type.${type}`) })) },
    { key: 'year', values: years.map((y) => { const [year, kind] = y.split('-'); return { value: y, label: t(locale, `search.year.${kind as 'result' | 'plan'}`, { year: year! }) }; }) },
    { key: 'strategy', values: s.strategies.map((x) => ({ value: x.id, label: `${t(locale, 'strategy.label', { n: x.id })}. ${pick(x.data.title, locale).text}` })) },
    { key: 'task', values: s.tasks.map((x) => ({ value: x.id, label: `${x.id} ${pick(x.data.title, locale).text}` })) },
    { key: 'agency', values: byLabel(agencies.map((a) => ({ value: a, label: pick(s.agencies.get(a)!.data.name, locale).text }))) },
    { key: 'audience', values: audiences.map((a) => ({ value: a, label: t(locale, `audience.${a}` as UiKey) })) },
    { key: 'category', values: categories.map((c) => ({ value: c, label: t(locale, `roadmap.category.${c}` as UiKey) })) },
  ];
}
