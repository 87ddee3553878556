// Pure helpers over measures: ordering, years, and the two-way links between the years.

/** Year of a measure id (`2022-1-1-2` → 2022). */
export function measureYear(id: string): number {
  return Number(id.slice(0, 4));
}

/** Sorts measure ids by year, task and position, numerically. */
export function sortMeasureIds(ids: string[]): string[] {
  return [...ids].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/** Both directions of "continues": written once on the later measure, derived here for the earlier one. */
export function buildContinuations(measures: { id: string; continues: string[] }[]): {
  continues: Map<string, string[]>;
  continuedBy: Map<string, string[]>;
} {
  const continues = new Map<string, string[]>();
  const continuedBy = new Map<string, string[]>();
  for (const m of measures) {
    continues.set(m.id, sortMeasureIds(m.continues));
    for (const earlier of m.continues) continuedBy.set(earlier, sortMeasureIds([...(continuedBy.get(earlier) ?? []), m.id]));
  }
  return { continues, continuedBy };
}

/** The years that have measures, ascending: new years appear by themselves once their content exists. */
export function measureYears(ids: string[]): number[] {
  return [...new Set(ids.map(measureYear))].sort((a, b) => a - b);
}

/** A measure as far as the plan editions care: its id and whether it reports a result or plans an action. */
export interface MeasureKind {
  id: string;
  kind: 'result' | 'plan';
}

/**
 * The implementation plan a measure belongs to: the plan of year Y reports the results of Y−1 and plans the
 * actions of Y (the 2023 plan: 2022 results, 2023 actions), so a result belongs to the plan of the next year.
 */
export function planYear(m: MeasureKind): number {
  return measureYear(m.id) + (m.kind === 'result' ? 1 : 0);
}

/** Years of the plans that have measures, ascending: a new plan year appears once its content exists. */
export function planYears(measures: MeasureKind[]): number[] {
  return [...new Set(measures.map(planYear))].sort((a, b) => a - b);
}
