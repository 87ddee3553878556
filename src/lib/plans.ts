// Pure helpers over promotion plans: which plan a year belongs to, which plan is current, and the keys of
// plan-scoped entries (`4/1-1` is task 1-1 of the 4th plan, written once as its folder).

/**
 * The plan whose pages were published before addresses were scoped by plan: they keep their addresses
 * (`/plan/`, `/tasks/1-1/`) for ever. Every other plan's pages are under `/plans/<ordinal>/` (docs/decisions.md).
 */
export const rootPlan = 4;

export interface PlanPeriod {
  ordinal: number;
  period: { start: number; end: number };
}

/** `4/1-1` → { plan: 4, code: '1-1' }: the entry id of a strategy or task is its plan folder and its number. */
export function splitPlanKey(key: string): { plan: number; code: string } {
  const [plan, code] = key.split('/');
  return { plan: Number(plan), code: code ?? '' };
}

/** The entry id of a plan's strategy or task: planKey(4, '1-1') → '4/1-1'. */
export function planKey(plan: number, code: string): string {
  return `${plan}/${code}`;
}

/** The plan whose period includes `year`, if any (periods never overlap: the content check holds them to it). */
export function planOfYear<P extends PlanPeriod>(plans: P[], year: number): P | undefined {
  return plans.find((p) => p.period.start <= year && year <= p.period.end);
}

/**
 * The current plan: the one whose period includes the newest implementation year, else the latest plan. The
 * implementation plan of year Y (whose measures exist) speaks for the plan of Y, so a new plan becomes
 * current as soon as its first implementation year has content.
 */
export function currentPlan<P extends PlanPeriod>(plans: P[], newestYear: number | undefined): P | undefined {
  const latest = [...plans].sort((a, b) => b.period.end - a.period.end)[0];
  return (newestYear === undefined ? undefined : planOfYear(plans, newestYear)) ?? latest;
}

/** Pairs of plans whose periods overlap, for the content check. */
export function overlappingPlans<P extends PlanPeriod>(plans: P[]): [P, P][] {
  const sorted = [...plans].sort((a, b) => a.period.start - b.period.start);
  return sorted.slice(1).flatMap((p, i) => (p.period.start <= sorted[i]!.period.end ? [[sorted[i]!, p] as [P, P]] : []));
}

/**
 * Codes of a plan's source documents: those whose plans and budgets (`reports.plans`) fall in its period, its
 * implementation plans and the roadmap of its years; all documents while none does (a plan just scaffolded).
 */
export function documentsOfPlan(plan: PlanPeriod, documents: { code: string; reports: { plans: number } }[]): string[] {
  const own = documents.filter((d) => plan.period.start <= d.reports.plans && d.reports.plans <= plan.period.end);
  return (own.length ? own : documents).map((d) => d.code).sort();
}
