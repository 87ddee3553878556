// The charts of each page, built from the same figure records as its tables. The content check has already
// held every chart to its kind's rules; they are applied again here so a page can never draw a mixture.
import type { Locale } from '../schemas/common.ts';
import type { ChartSpec } from '../schemas/chart.ts';
import type { Figure } from '../schemas/figure.ts';
import { compareChart, progressChart, roadmapChart, seriesChart, type ChartModel, type RoadmapRowInput } from '../lib/charts/model.ts';
import { compareIssues, progressIssues, seriesIssues, type ChartFigure } from '../lib/charts/validate.ts';
import { roadmapTotals } from '../lib/roadmap.ts';
import { roadmapCategories } from '../schemas/entries.ts';
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

/** Product counts of the last two roadmap editions per field, grouped by today's category, with each edition's subtotals. */
export function roadmapComparison(s: Site, locale: Locale): PageChart {
  const editions = s.roadmapFields.flatMap((f) => f.data.editions.map((e) => ({ year: e.year, category: e.category, products: s.figures.get(e.products)!.value })));
  const years = [...new Set(editions.map((e) => e.year))].sort().slice(-2) as [number, number];
  const totals = years.map((year) => ({ year, ...roadmapTotals(editions, year) }));
  const groups = roadmapCategories.map((category) => ({
    category,
    totals: totals.map((x) => ({ year: x.year, fields: x.byCategory[category]?.fields ?? 0, products: x.byCategory[category]?.products ?? 0 })),
    rows: s.roadmapFields
      .filter((f) => f.data.category === category)
      .map((f): RoadmapRowInput => {
        const of = (y: number) => f.data.editions.find((e) => e.year === y);
        const previous = of(years[0]);
        return {
          name: f.data.name,
          previousName: previous && previous.name.ko !== f.data.name.ko ? previous.name : undefined,
          change: f.data.change,
          counts: years.flatMap((y) => {
            const e = of(y);
            return e ? [{ year: y, value: s.figures.get(e.products)!.value, figureId: e.products }] : [];
          }),
        };
      }),
  }));
  const model = roadmapChart(groups, totals.map((x) => ({ year: x.year, ...x.all })), years, locale);
  const figures = groups.flatMap((g) => g.rows.flatMap((r) => r.counts.map((c) => s.figures.get(c.figureId)!)));
  return { id: 'chart-roadmap', model, figures };
}
