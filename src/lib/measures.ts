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
