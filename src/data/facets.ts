// Facets of the content that search and the programme finder filter on (page type, year, strategy, task,
// agency, audience, category), from the same content the pages render. Values are language-neutral ids;
// each page labels them in its language.
import { pick, t, type UiKey } from '../lib/i18n.ts';
import { ordinal } from '../lib/ordinal.ts';
import { finderKeys, type FinderFacets, type FinderKey } from '../lib/finder.ts';
import { measureYear } from '../lib/measures.ts';
import { filterKeys, pageTypes, type FilterKey, type SearchEntry } from '../lib/search-options.ts';
import { audiences, programmeKinds } from '../schemas/entries.ts';
import type { Locale } from '../schemas/common.ts';
import { planKey } from '../lib/plans.ts';
import { rootPlan } from '../lib/routes.ts';
import type { Measure, Programme, RoadmapField, Site, SiteKinds } from './site.ts';
import type { StrategyNode, TaskNode } from './site-index.ts';

const unique = (values: string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

/** `2022-result`, `2023-plan`: the year filter tells results from plans. */
export function yearFilter(m: Measure): string {
  return `${measureYear(m.id)}-${m.data.kind}`;
}

/**
 * The filter value of a strategy or task: its number for the root plan (so searches written before plans were
 * scoped keep working, like its addresses), `<plan>/<number>` for any other plan.
 */
function scoped(node: { plan: number; code: string }): string {
  return node.plan === rootPlan ? node.code : planKey(node.plan, node.code);
}

/** Plan, strategy and task filters of pages about some tasks (a task, a measure, a programme). */
function taskFilters(tasks: TaskNode<SiteKinds>[]) {
  return {
    plan: unique(tasks.map((t) => String(t.plan))),
    strategy: unique(tasks.map((t) => scoped(t.strategy))),
    task: unique(tasks.map(scoped)),
  };
}

export function measureEntry(s: Site, m: Measure): SearchEntry {
  return { type: 'measure', filters: { ...taskFilters([s.index.taskOfMeasure(m)]), year: [yearFilter(m)] } };
}

export function taskEntry(_s: Site, task: TaskNode<SiteKinds>): SearchEntry {
  return { type: 'task', filters: { ...taskFilters([task]), year: unique(task.measures.map(yearFilter)) } };
}

export function strategyEntry(strategy: StrategyNode<SiteKinds>): SearchEntry {
  return { type: 'strategy', filters: { plan: [String(strategy.plan)], strategy: [scoped(strategy)] } };
}

export function programmeEntry(s: Site, p: Programme, locale: Locale): SearchEntry {
  const measures = s.index.measuresOfProgramme(p.id);
  const agencies = [p.data.ministry, ...p.data.operators];
  const { agency, audience } = programmeFacets(s, p);
  return {
    type: 'programme',
    filters: { ...taskFilters(s.index.tasksOfProgramme(p.id)), year: unique(measures.map(yearFilter)), agency, audience },
    meta: {
      agency: agencies.map((a) => pick(s.agencies.get(a)!.data.name, locale).text).join(', '),
      audience: p.data.audience.map((a) => t(locale, `audience.${a}`)).join(', '),
    },
  };
}

export function roadmapFieldEntry(field: RoadmapField): SearchEntry {
  return { type: 'roadmap-field', filters: { category: [field.category] } };
}

export interface FilterOption<K extends FilterKey | FinderKey> {
  key: K;
  values: { value: string; label: string }[];
}
type Values = FilterOption<FilterKey>['values'];

/** A task's number as links and lists show it: with its plan when the site has several (`제5차 · 1-1`). */
export function taskNumber(s: Site, task: TaskNode<SiteKinds>, locale: Locale): string {
  return `${planLabel(s, task.plan, locale)}${task.code}`;
}

/** With more than one plan, labels of strategies and tasks name their plan first (`제4차 · 1-1 …`). */
function planLabel(s: Site, plan: number, locale: Locale): string {
  return s.index.plans.length > 1 ? `${t(locale, 'plan.short', { n: plan, ordinal: ordinal(plan) })} · ` : '';
}

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
    plan: s.index.plans.map((p) => ({ value: String(p.ordinal), label: `${pick(p.entry.data.title, locale).text} (${p.period.start}–${p.period.end})` })),
    strategy: s.index.plans.flatMap((p) => p.strategies).map((x) => ({ value: scoped(x), label: `${planLabel(s, x.plan, locale)}${t(locale, 'strategy.label', { n: x.code })}. ${pick(x.title, locale).text}` })),
    task: s.index.plans.flatMap((p) => p.tasks).map((x) => ({ value: scoped(x), label: `${planLabel(s, x.plan, locale)}${x.code} ${pick(x.title, locale).text}` })),
    agency: byLabel(agencies.map((a) => ({ value: a, label: pick(s.agencies.get(a)!.data.name, locale).text }))),
    audience: audiences.filter((a) => s.programmes.some((p) => p.data.audience.includes(a))).map((a) => ({ value: a, label: t(locale, `audience.${a}`) })),
    kind: programmeKinds.filter((k) => s.programmes.some((p) => p.data.kind === k)).map((k) => ({ value: k, label: t(locale, `kind.${k}`) })),
    category: unique(s.roadmapFields.map((f) => f.category)).map((c) => ({ value: c, label: t(locale, `roadmap.category.${c}` as UiKey) })),
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
  const { strategy, task } = taskFilters(s.index.tasksOfProgramme(p.id));
  return {
    audience: [...p.data.audience],
    kind: [p.data.kind],
    agency: unique([p.data.ministry, ...p.data.operators]),
    strategy,
    task,
  };
}
