// Adding figures: only those of one unit and one year (or the same period) add up. A multi-year total
// (K-바이오랩허브 2,726억원 over '23–'31) added to one year's budgets would count years that are not that year.
import type { FigurePeriod, Unit } from '../schemas/figure.ts';

interface Summable {
  id: string;
  value: number;
  unit: Unit;
  year?: number;
  period?: FigurePeriod;
}

/** What a figure is for, as one key: `2023`, `2023-2031` or `project`. */
export function periodKey(figure: { year?: number; period?: FigurePeriod }): string {
  if (figure.year !== undefined) return String(figure.year);
  return figure.period === 'project' || !figure.period ? 'project' : `${figure.period.start}-${figure.period.end}`;
}

/** The sum of figures of one unit and one year or period; throws, naming them, when they mix. */
export function sumFigures(figures: Summable[]): number {
  const kinds = new Set(figures.map((f) => `${f.unit} ${periodKey(f)}`));
  if (kinds.size > 1)
    throw new Error(`expected figures of one unit and one year or period, found ${figures.map((f) => `${f.id} (${f.unit}, ${periodKey(f)})`).join(', ')}`);
  return figures.reduce((total, f) => total + f.value, 0);
}

/**
 * The sum of one unit's figures of different, non-overlapping years or periods (a running total's yearly
 * additions; a project's phases), with the last year they reach; throws when they overlap or have no years.
 */
export function sumAcrossYears(figures: Summable[]): { total: number; end: number } {
  const spans = figures.map((f) => ({ f, span: f.year !== undefined ? [f.year, f.year] : typeof f.period === 'object' ? [f.period.start, f.period.end] : undefined }));
  const bad = spans.filter((s, i) => !s.span || s.f.unit !== figures[0]!.unit || spans.some((o, j) => j !== i && o.span && s.span && o.span[0]! <= s.span[1]! && s.span[0]! <= o.span[1]!));
  if (bad.length) throw new Error(`expected figures of one unit and of years that do not overlap, found ${figures.map((f) => `${f.id} (${f.unit}, ${periodKey(f)})`).join(', ')}`);
  return { total: figures.reduce((t, f) => t + f.value, 0), end: Math.max(...spans.map((s) => s.span![1]!)) };
}
