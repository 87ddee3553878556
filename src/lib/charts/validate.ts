// What each kind of chart may put together. A chart that mixes units, years or bases, or draws a multi-year
// total beside one year's amounts, says something the sources do not: the content check reports it and the
// pages never build it.
import type { Figure } from '../../schemas/figure.ts';

/**
 * A figure as charts read it: one year's value, or an amount over several years (`period`: a range, or a whole
 * project's total whose years the source does not give).
 */
export type ChartFigure = Pick<Figure, 'id' | 'value' | 'unit' | 'basis' | 'label'> & {
  year?: number;
  period?: { start: number; end: number } | 'project';
  source: Pick<Figure['source'], 'document' | 'quote'>;
};

/** One problem of a chart: the position of the figure in its list (null: the chart as a whole) and what is wrong. */
export interface ChartIssue {
  index: number | null;
  message: string;
}

/** Bases that state what happened (drawn solid); the others (plan, target, budget) state an intention. */
export const measuredBases = ['actual', 'cumulative'] as const;

/** Whether a basis states what happened rather than what is intended. */
export function isMeasured(basis: Figure['basis']): boolean {
  return (measuredBases as readonly string[]).includes(basis);
}

// Words of a source that mark a whole project's total, for figures that do not carry a period yet.
const totalWords = /총\s*사업비|총\s*예산/;

/** How a figure spans years: its period, or 'project' when the source calls it a total (총사업비, 총예산). */
function spanOf(f: ChartFigure): ChartFigure['period'] {
  return f.period ?? (totalWords.test(f.label.ko) || totalWords.test(f.source.quote) ? 'project' : undefined);
}

/** Whether a figure covers several years (a period, or a whole project's total) rather than one year. */
export function isMultiYear(f: ChartFigure): boolean {
  return spanOf(f) !== undefined;
}

/** The last year a figure speaks of: its year, or the end of its period. */
export function lastYear(f: ChartFigure): number | undefined {
  return f.year ?? (typeof f.period === 'object' ? f.period.end : undefined);
}

// Rules about years apply to the figures of one year; multi-year ones are reported once, by noMultiYear.
const same = <K extends 'unit' | 'year' | 'basis'>(figures: ChartFigure[], key: K, what: string): ChartIssue[] => {
  const applies = (f: ChartFigure) => key !== 'year' || !isMultiYear(f);
  const first = figures.find(applies);
  if (!first) return [];
  return figures.flatMap((f, index) =>
    !applies(f) || f[key] === first[key] ? [] : [{ index, message: `expected ${what} ${first[key]} like ${first.id}, found ${f[key]} (${f.id})` }],
  );
};

const oneYearEach = (figures: ChartFigure[]): ChartIssue[] =>
  figures.flatMap((f, index) => {
    const earlier = figures.findIndex((g) => !isMultiYear(g) && g.year === f.year);
    return !isMultiYear(f) && earlier < index ? [{ index, message: `expected one figure per year, found ${f.year} again (${figures[earlier]!.id} and ${f.id})` }] : [];
  });

const noMultiYear = (figures: ChartFigure[]): ChartIssue[] =>
  figures.flatMap((f, index) => {
    const span = spanOf(f);
    return typeof span === 'object'
      ? [{ index, message: `expected a value of one year, found ${f.id}, a total over ${span.start}–${span.end}` }]
      : span === 'project'
        ? [{ index, message: `expected a value of one year, found ${f.id}, a whole project’s total` }]
        : [];
  });

const oneMeasuredBasis = (figures: ChartFigure[]): ChartIssue[] => {
  const first = figures.find((f) => isMeasured(f.basis));
  return figures.flatMap((f, index) =>
    first && isMeasured(f.basis) && f.basis !== first.basis
      ? [{ index, message: `expected one kind of measured value, ${first.basis} like ${first.id}, found ${f.basis} (${f.id})` }]
      : [],
  );
};

const atLeast = (figures: ChartFigure[], n: number, what: string): ChartIssue[] =>
  figures.length >= n ? [] : [{ index: null, message: `expected at least ${n} ${what}, found ${figures.length}` }];

/** Figures side by side: one unit, one year, one basis, no multi-year totals, at least two. */
export function compareIssues(figures: ChartFigure[]): ChartIssue[] {
  return [...atLeast(figures, 2, 'figures'), ...same(figures, 'unit', 'the unit'), ...noMultiYear(figures), ...same(figures, 'year', 'the year'), ...same(figures, 'basis', 'the basis')];
}

/** One measure over years: one unit, one figure per year, three or more years, one measured basis (planned points allowed). */
export function seriesIssues(figures: ChartFigure[]): ChartIssue[] {
  return [...atLeast(figures, 3, 'yearly figures'), ...same(figures, 'unit', 'the unit'), ...noMultiYear(figures), ...oneYearEach(figures), ...oneMeasuredBasis(figures)];
}

/** An indicator's yearly values against its target: as a series (two points suffice), the target in the same unit, not ending before them. */
export function progressIssues(points: ChartFigure[], target: ChartFigure): ChartIssue[] {
  const issues = [...atLeast(points, 2, 'yearly figures'), ...same(points, 'unit', 'the unit'), ...noMultiYear(points), ...oneYearEach(points), ...oneMeasuredBasis(points)];
  if (target.basis !== 'target') issues.push({ index: null, message: `expected a target figure, found ${target.id} with basis ${target.basis}` });
  if (points[0] && target.unit !== points[0].unit)
    issues.push({ index: null, message: `expected a target in ${points[0].unit} like ${points[0].id}, found ${target.unit} (${target.id})` });
  const end = lastYear(target);
  points.forEach((p, index) => {
    if (end !== undefined && p.year !== undefined && p.year > end) issues.push({ index, message: `expected a year up to the target’s ${end}, found ${p.year} (${p.id})` });
  });
  return issues;
}
