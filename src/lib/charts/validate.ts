// What each kind of chart may put together. A chart that mixes units, years or bases, or draws a multi-year
// total beside one year's amounts, says something the sources do not: the content check reports it and the
// pages never build it.
import type { Figure } from '../../schemas/figure.ts';

/** A figure as charts read it; `period` marks an amount that spans several years (e.g. a 9-year project). */
export type ChartFigure = Pick<Figure, 'id' | 'value' | 'unit' | 'year' | 'basis' | 'label' | 'source'> & {
  period?: { start: number; end: number };
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

// Words of a source that mark a figure as a whole-project total, used until every such figure carries a period.
const totalWords = /총\s*사업비|총\s*예산/;

/** Whether a figure covers several years (its period, or the source calls it a project's total budget). */
export function isMultiYear(f: ChartFigure): boolean {
  if (f.period) return f.period.end > f.period.start;
  return totalWords.test(f.label.ko) || totalWords.test(f.source.quote);
}

const same = <K extends 'unit' | 'year' | 'basis'>(figures: ChartFigure[], key: K, what: string): ChartIssue[] => {
  const first = figures[0];
  if (!first) return [];
  return figures.flatMap((f, index) =>
    f[key] === first[key] ? [] : [{ index, message: `expected ${what} ${first[key]} like ${first.id}, found ${f[key]} (${f.id})` }],
  );
};

const oneYearEach = (figures: ChartFigure[]): ChartIssue[] =>
  figures.flatMap((f, index) => {
    const earlier = figures.findIndex((g) => g.year === f.year);
    return earlier < index ? [{ index, message: `expected one figure per year, found ${f.year} again (${figures[earlier]!.id} and ${f.id})` }] : [];
  });

const noMultiYear = (figures: ChartFigure[]): ChartIssue[] =>
  figures.flatMap((f, index) =>
    isMultiYear(f) ? [{ index, message: `expected an amount of one year, found ${f.id}, a total over ${f.period ? `${f.period.start}–${f.period.end}` : 'several years'}` }] : [],
  );

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
  return [...atLeast(figures, 2, 'figures'), ...same(figures, 'unit', 'the unit'), ...same(figures, 'year', 'the year'), ...same(figures, 'basis', 'the basis'), ...noMultiYear(figures)];
}

/** One measure over years: one unit, one figure per year, three or more years, one measured basis (planned points allowed). */
export function seriesIssues(figures: ChartFigure[]): ChartIssue[] {
  return [...atLeast(figures, 3, 'yearly figures'), ...same(figures, 'unit', 'the unit'), ...oneYearEach(figures), ...oneMeasuredBasis(figures), ...noMultiYear(figures)];
}

/** An indicator's yearly values against its target: as a series (two points suffice), the target in the same unit, not before them. */
export function progressIssues(points: ChartFigure[], target: ChartFigure): ChartIssue[] {
  const issues = [...atLeast(points, 2, 'yearly figures'), ...same(points, 'unit', 'the unit'), ...oneYearEach(points), ...oneMeasuredBasis(points), ...noMultiYear(points)];
  if (target.basis !== 'target') issues.push({ index: null, message: `expected a target figure, found ${target.id} with basis ${target.basis}` });
  if (points[0] && target.unit !== points[0].unit)
    issues.push({ index: null, message: `expected a target in ${points[0].unit} like ${points[0].id}, found ${target.unit} (${target.id})` });
  points.forEach((p, index) => {
    if (p.year > target.year) issues.push({ index, message: `expected a year up to the target’s ${target.year}, found ${p.year} (${p.id})` });
  });
  return issues;
}
