// The charts of each page, built from the same figure records as its tables. The content check has already
// held every chart to its kind's rules; they are applied again here so a page can never draw a mixture.
import type { Locale } from '../schemas/common.ts';
import type { ChartSpec } from '../schemas/chart.ts';
import type { Figure } from '../schemas/figure.ts';
import { compareChart, progressChart, roadmapChart, seriesChart, type ChartModel, type RoadmapRowInput } from '../lib/charts/model.ts';
import { compareIssues, progressIssues, seriesIssues, type ChartFigure } from '../lib/charts/validate.ts';
import type { EditionSide } from '../lib/roadmap.ts';
import { t } from '../lib/i18n.ts';
import type { Measure, Plan, Site } from './site.ts';

/** A chart ready to draw: its id on the page, what it says and the figures of its data table. */
export interface PageChart {
  id: string;
  model: ChartModel;
  figures: Figure[];
}

function mustHold(issues: { message: string }[], what: string) {
  if (issues.length) throw new Error(`${what}: ${issues.map((i) => i.message).join('; ')}`);
}

// A target's own period when its figure states one; otherwise the plan's period is the target's.
const targetPeriod = (f: ChartFigure) => (typeof f.period === 'object' ? f.period : undefined);

/** The charts a record lists in `charts:`, in order, with ids `<prefix>-1`, `<prefix>-2` … */
export function listedCharts(s: Site, specs: ChartSpec[], locale: Locale, prefix: string): PageChart[] {
  return specs.map((spec, i) => {
    const figures = spec.figures.map((id) => s.figures.get(id)!);
    const id = `${prefix}-${i + 1}`;
    if (spec.kind === 'compare') {
      mustHold(compareIssues(figures), id);
      return { id, model: compareChart(spec.title, figures, locale, s.documents), figures };
    }
    mustHold(seriesIssues(figures), id);
    return { id, model: seriesChart(spec.title, figures, locale), figures: [...figures].sort((a, b) => a.year! - b.year!) };
  });
}

/** A plan's targets with yearly values, as progress charts; with `measures` (a task's), only those whose values they state. */
export function targetCharts(s: Site, plan: Plan['data'], locale: Locale, measures?: Measure[]): PageChart[] {
  const stated = (ids: string[]) => !measures || measures.some((m) => m.data.figures.some((f) => ids.includes(f.id)));
  return plan.targets.flatMap((target) => {
    if (!target.progress || !stated(target.progress)) return [];
    const points = target.progress.map((id) => s.figures.get(id)!);
    const goal = s.figures.get(target.target)!;
    mustHold(progressIssues(points, goal), target.id);
    const model = progressChart(target.indicator, points, goal, targetPeriod(goal) ?? plan.period, locale);
    return [{ id: `chart-${target.id}`, model, figures: [...points].sort((a, b) => a.year! - b.year!).concat(goal) }];
  });
}

/** The last two roadmap editions per field and category (the comparison table's rows and subtotals), as one chart. */
export function roadmapComparison(s: Site, locale: Locale): PageChart {
  const [before, after] = s.roadmapEditions.slice(-2).map((e) => e.year) as [number, number];
  const comparison = s.index.compareEditions(before, after);
  const category = (c: string) => t(locale, `roadmap.category.${c as '4ir'}`);
  const side = (x: EditionSide | undefined) => (x ? [{ year: x.year, value: x.count, figureId: x.products }] : []);
  const groups = comparison.groups.map((g) => ({
    category: g.category,
    totals: [{ year: before, ...g.subtotal.before }, { year: after, ...g.subtotal.after }],
    rows: g.rows.map(({ row, shows }): RoadmapRowInput => {
      const moved = shows === 'before' ? t(locale, 'roadmap.movedTo', { category: category(row.after!.category) })
        : shows === 'after' && row.before ? t(locale, 'roadmap.movedFrom', { category: category(row.before.category) }) : undefined;
      const words = [...row.change.filter((c) => c !== 'moved').map((c) => t(locale, `roadmap.change.${c}`)), ...(moved ? [moved] : [])];
      const shown = shows === 'before' ? row.before! : row.after!;
      return {
        name: shown.name,
        previousName: shows === 'both' && row.before && row.before.name.ko !== row.after!.name.ko ? row.before.name : undefined,
        note: words.length ? words.join(', ') : undefined,
        counts: [...(shows !== 'after' ? side(row.before) : []), ...(shows !== 'before' ? side(row.after) : [])],
      };
    }),
  }));
  const totals = [{ year: before, ...comparison.total.before }, { year: after, ...comparison.total.after }];
  const model = roadmapChart(groups, totals, [before, after], locale);
  const figures = groups.flatMap((g) => g.rows.flatMap((r) => r.counts.map((c) => s.figures.get(c.figureId)!)));
  return { id: 'chart-roadmap', model, figures };
}
