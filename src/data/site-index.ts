// One typed index of the site's content, plan-aware: plans with their strategies, tasks and implementation
// years, the measures of each task and programme, the titles of each in both languages, and the product
// counts of the roadmap fields per edition (with two editions compared). Pure (built from
// plain entries, unit-tested in tests/unit/site-index.test.ts); src/data/site.ts builds it once from the
// collections, and every page, the search facets and the open data look things up here, never by hand.
import type { Bilingual } from '../schemas/common.ts';
import { currentPlan, planKey, planOfYear, splitPlanKey } from '../lib/plans.ts';
import { groupByEach } from '../lib/collections.ts';
import { measureYear, planYears as yearsOfPlans, sortMeasureIds } from '../lib/measures.ts';
import { compareEditions, sideIn, type Comparison, type EditionSide, type FieldLineage } from '../lib/roadmap.ts';

interface Entry<D> {
  id: string;
  data: D;
}

/** The entry types the index is built from; the site passes its collection entries, tests plain objects. */
export interface IndexKinds {
  plan: Entry<{ title: Bilingual; period: { start: number; end: number } }>;
  strategy: Entry<{ title: string }>;
  task: Entry<{ strategy: number; title: Bilingual }>;
  measure: Entry<{ title: string; kind: 'result' | 'plan'; task: string; programmes: string[] }>;
}

export interface PlanNode<K extends IndexKinds> {
  ordinal: number;
  entry: K['plan'];
  period: { start: number; end: number };
  /** The plan the site leads with (src/lib/plans.ts `currentPlan`). */
  current: boolean;
  /** Its period ended before the current plan's began: shown as an archive. */
  ended: boolean;
  strategies: StrategyNode<K>[];
  tasks: TaskNode<K>[];
  /** Years of its implementation plans that have measures, ascending. */
  years: number[];
}

export interface StrategyNode<K extends IndexKinds> {
  /** Entry id, `<plan>/<n>`. */
  key: string;
  plan: number;
  /** Its number within the plan, as the sources write it: `1`. */
  code: string;
  entry: K['strategy'];
  title: Bilingual;
  tasks: TaskNode<K>[];
}

export interface TaskNode<K extends IndexKinds> {
  /** Entry id, `<plan>/<s>-<t>`. */
  key: string;
  plan: number;
  /** Its number within the plan: `1-1`. */
  code: string;
  entry: K['task'];
  title: Bilingual;
  strategy: StrategyNode<K>;
  /** Its measures in id order: results and plans of every year it was planned under. */
  measures: K['measure'][];
}

export interface SiteIndex<K extends IndexKinds> {
  /** Plans by ordinal, ascending. */
  plans: PlanNode<K>[];
  current: PlanNode<K>;
  /** Years of the implementation plans that have measures, ascending; the last is the newest. */
  planYears: number[];
  plan(ordinal: number): PlanNode<K>;
  /** The plan whose period includes a year, if any. */
  planOfYear(year: number): PlanNode<K> | undefined;
  strategy(key: string): StrategyNode<K>;
  task(key: string): TaskNode<K>;
  /** The task a measure was planned under: its `task` within the plan of its year. */
  taskOfMeasure(measure: K['measure']): TaskNode<K>;
  /** Measures that name a programme, in id order. */
  measuresOfProgramme(slug: string): K['measure'][];
  /** Tasks whose measures name a programme, by plan and number. */
  tasksOfProgramme(slug: string): TaskNode<K>[];
  /** A measure's title in both languages (English from its translation file, when there is one). */
  measureTitle(id: string): Bilingual;
  /** Where a roadmap field stands in an edition (name, category, product count and its figure); undefined when it does not. */
  fieldIn(fieldId: string, year: number): EditionSide | undefined;
  /** Two roadmap editions side by side: every field's counts, subtotals per category and each edition's totals. */
  compareEditions(before: number, after: number): Comparison;
}

/** Builds the index; content was validated by the check, so a dangling reference here is a bug and throws. */
export function buildSiteIndex<K extends IndexKinds>(input: {
  plans: K['plan'][];
  strategies: K['strategy'][];
  tasks: K['task'][];
  measures: K['measure'][];
  /** English titles of measures and of strategies by id (from their translation files). */
  measureTitlesEn: Map<string, string>;
  strategyTitlesEn: Map<string, string>;
  /** Roadmap fields with their entry per edition, and the values of the figures that count their products. */
  roadmapFields: FieldLineage[];
  figureValue: (id: string) => number;
}): SiteIndex<K> {
  const need = <T>(map: Map<string | number, T>, key: string | number, what: string): T => {
    const found = map.get(key);
    if (!found) throw new Error(`site index: no ${what} ${key}`);
    return found;
  };
  const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code, 'en', { numeric: true });
  const measureById = new Map(input.measures.map((m) => [m.id, m]));
  const measures = sortMeasureIds([...measureById.keys()]).map((id) => measureById.get(id)!);
  const planYears = yearsOfPlans(measures.map((m) => ({ id: m.id, kind: m.data.kind })));

  const plans: PlanNode<K>[] = input.plans
    .map((entry) => ({ ordinal: Number(entry.id), entry, period: entry.data.period, current: false, ended: false, strategies: [], tasks: [], years: [] }))
    .sort((a, b) => a.ordinal - b.ordinal);
  const planByOrdinal = new Map(plans.map((p) => [p.ordinal, p]));
  const current = currentPlan(plans, planYears.at(-1));
  if (!current) throw new Error('site index: no plan in content/plans/');
  for (const p of plans) {
    p.current = p === current;
    p.ended = p.period.end < current.period.start;
    p.years = planYears.filter((y) => p.period.start <= y && y <= p.period.end);
  }

  const strategies = new Map<string, StrategyNode<K>>();
  for (const entry of input.strategies) {
    const { plan, code } = splitPlanKey(entry.id);
    strategies.set(entry.id, { key: entry.id, plan, code, entry, title: { ko: entry.data.title, en: input.strategyTitlesEn.get(entry.id) }, tasks: [] });
  }
  const tasks = new Map<string, TaskNode<K>>();
  for (const entry of input.tasks) {
    const { plan, code } = splitPlanKey(entry.id);
    const strategy = need(strategies, planKey(plan, String(entry.data.strategy)), 'strategy');
    tasks.set(entry.id, { key: entry.id, plan, code, entry, title: entry.data.title, strategy, measures: [] });
  }
  for (const s of [...strategies.values()].sort(byCode)) need(planByOrdinal, s.plan, 'plan').strategies.push(s);
  for (const t of [...tasks.values()].sort(byCode)) {
    need(planByOrdinal, t.plan, 'plan').tasks.push(t);
    t.strategy.tasks.push(t);
  }

  const taskOfMeasure = (m: K['measure']) => {
    const plan = planOfYear(plans, measureYear(m.id));
    if (!plan) throw new Error(`site index: no plan includes the year of measure ${m.id}`);
    return need(tasks, planKey(plan.ordinal, m.data.task), 'task');
  };
  for (const m of measures) taskOfMeasure(m).measures.push(m);

  // Measures and tasks of each programme, gathered once: a page per programme must not scan every measure.
  const byProgramme = groupByEach(measures, (m) => m.data.programmes);
  const measuresOfProgramme = (slug: string) => byProgramme.get(slug) ?? [];
  const tasksByProgramme = new Map([...byProgramme].map(([slug, list]) => [slug, [...new Set(list.map(taskOfMeasure))].sort((a, b) => a.plan - b.plan || byCode(a, b))]));
  const fieldById = new Map(input.roadmapFields.map((f) => [f.id, f]));
  return {
    plans,
    current,
    planYears,
    plan: (ordinal) => need(planByOrdinal, ordinal, 'plan'),
    planOfYear: (year) => planOfYear(plans, year),
    strategy: (key) => need(strategies, key, 'strategy'),
    task: (key) => need(tasks, key, 'task'),
    taskOfMeasure,
    measuresOfProgramme,
    tasksOfProgramme: (slug) => tasksByProgramme.get(slug) ?? [],
    measureTitle: (id) => ({ ko: need(measureById, id, 'measure').data.title, en: input.measureTitlesEn.get(id) }),
    fieldIn: (fieldId, year) => sideIn(need(fieldById, fieldId, 'roadmap field'), year, input.figureValue),
    compareEditions: (before, after) => compareEditions(input.roadmapFields, before, after, input.figureValue),
  };
}
