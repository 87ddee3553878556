// What a chart says, in the page's language: rows of bars with their values formatted as on the page, the
// main fact as a sentence, and what the numbers are. Geometry is src/lib/charts/layout.ts's job.
import { josa } from 'es-hangul';
import type { Bilingual, Locale } from '../../schemas/common.ts';
import { formatFigure, formatNumber, wonScale, type WonScale } from '../format.ts';
import { pick, t } from '../i18n.ts';
import { isMeasured, type ChartFigure } from './validate.ts';

/** Solid bars state what happened; hatched ones an intention (plan, target, budget) or, on the roadmap, the earlier edition. */
export type BarStyle = 'solid' | 'hatched';

export interface ChartBar {
  /** The figure drawn, whose value the data table shows too. */
  figureId: string;
  value: number;
  text: string;
  style: BarStyle;
}

export interface ChartRow {
  label: string;
  lang: Locale;
  /** A marker after the label, in words rather than colour, e.g. "new field". */
  note?: string;
  bars: ChartBar[];
}

export interface ChartGroup {
  heading?: string;
  rows: ChartRow[];
}

export interface ChartModel {
  title: string;
  titleLang: Locale;
  /** The main fact in words: the chart's description for screen readers and the line under its title. */
  summary: string;
  /** What the numbers are (e.g. one year's budgets as stated in the plan, not a total). */
  note?: string;
  groups: ChartGroup[];
  legend: { style: BarStyle; text: string }[];
  /** A line across the bars, e.g. a target, with its label. */
  reference?: { value: number; text: string };
  unit: ChartFigure['unit'];
}

const basisWord = (locale: Locale, basis: ChartFigure['basis']) => {
  const word = t(locale, `basis.${basis}`);
  return locale === 'en' ? word.toLowerCase() : word;
};

const styleOf = (f: ChartFigure): BarStyle => (isMeasured(f.basis) ? 'solid' : 'hatched');

/** Legend entries for the bases present, measured first, each named once. */
function basisLegend(figures: ChartFigure[], locale: Locale): ChartModel['legend'] {
  const seen = new Map<string, BarStyle>();
  for (const f of [...figures].sort((a, b) => Number(isMeasured(b.basis)) - Number(isMeasured(a.basis)))) seen.set(f.basis, styleOf(f));
  return [...seen].map(([basis, style]) => ({ style, text: t(locale, `basis.${basis as ChartFigure['basis']}`) }));
}

/** A year as a row label, with the basis of its point: "2019년 · 누적", "2019 · Cumulative". */
const yearLabel = (locale: Locale, f: ChartFigure) => `${t(locale, 'chart.year', { year: f.year! })} · ${t(locale, `basis.${f.basis}`)}`;

/** "A to B" with the Korean particle that fits B. */
const toValue = (locale: Locale, text: string) => (locale === 'ko' ? josa(text, '으로/로') : text);

const documentsOf = (figures: ChartFigure[], locale: Locale, documents: Map<string, { short: Bilingual }>) =>
  [...new Set(figures.map((f) => f.source.document))].map((d) => pick(documents.get(d)!.short, locale).text).join(', ');

/** Figures of one year and basis side by side, in the order content lists them; never summed. */
export function compareChart(title: Bilingual, figures: ChartFigure[], locale: Locale, documents: Map<string, { short: Bilingual }>): ChartModel {
  const first = figures[0]!;
  const max = figures.reduce((a, b) => (b.value > a.value ? b : a));
  const min = figures.reduce((a, b) => (b.value < a.value ? b : a));
  const name = (f: ChartFigure) => pick(f.label, locale).text;
  const heading = pick(title, locale);
  const scale = tableScale(figures);
  return {
    title: heading.text,
    titleLang: heading.lang,
    summary: t(locale, 'chart.compareSummary', { maxLabel: name(max), max: formatFigure(max, locale), minLabel: name(min), min: formatFigure(min, locale) }),
    note: t(locale, 'chart.compareNote', { year: first.year!, basis: basisWord(locale, first.basis), documents: documentsOf(figures, locale, documents) }),
    groups: [{ rows: figures.map((f) => ({ label: name(f), lang: pick(f.label, locale).lang, bars: [{ figureId: f.id, value: f.value, text: formatFigure(f, locale, scale), style: styleOf(f) }] })) }],
    legend: basisLegend(figures, locale),
    unit: first.unit,
  };
}

const trend = (locale: Locale, from: number, to: number) => t(locale, to > from ? 'chart.trend.up' : to < from ? 'chart.trend.down' : 'chart.trend.flat');

/** The English money scale of the chart's data table, so bars and table read alike (KRW 600 million). */
const tableScale = (figures: ChartFigure[]): WonScale => wonScale(figures.flatMap((f) => (f.unit === 'won' ? [f.value] : [])));

/** Rows of a series, oldest year first. */
const yearRows = (figures: ChartFigure[], locale: Locale): ChartRow[] =>
  [...figures]
    .sort((a, b) => a.year! - b.year!)
    .map((f) => ({ label: yearLabel(locale, f), lang: locale, bars: [{ figureId: f.id, value: f.value, text: formatFigure(f, locale, tableScale(figures)), style: styleOf(f) }] }));

/** One measure over years: the first and last value in words, planned years hatched. */
export function seriesChart(title: Bilingual, figures: ChartFigure[], locale: Locale): ChartModel {
  const sorted = [...figures].sort((a, b) => a.year! - b.year!);
  const first = sorted[0]!;
  const last = sorted.at(-1)!;
  const heading = pick(title, locale);
  return {
    title: heading.text,
    titleLang: heading.lang,
    summary: t(locale, 'chart.seriesSummary', {
      y1: first.year!, from: formatFigure(first, locale), y2: last.year!, to: toValue(locale, formatFigure(last, locale)), trend: trend(locale, first.value, last.value),
    }),
    groups: [{ rows: yearRows(sorted, locale) }],
    legend: basisLegend(sorted, locale),
    unit: first.unit,
  };
}

/** A period as each language writes it: 2019~2023년, 2019–2023. */
export function periodText(locale: Locale, period: { start: number; end: number }): string {
  return t(locale, 'chart.period', { start: period.start, end: period.end });
}

/** An indicator's yearly values against its target for the plan period: how far the latest value has come. */
export function progressChart(indicator: Bilingual, points: ChartFigure[], target: ChartFigure, period: { start: number; end: number }, locale: Locale): ChartModel {
  const sorted = [...points].sort((a, b) => a.year! - b.year!);
  const latest = [...sorted].reverse().find((f) => isMeasured(f.basis)) ?? sorted.at(-1)!;
  const share = Math.floor((latest.value / target.value) * 1000) / 10;
  const outcome =
    latest.value > target.value ? t(locale, 'chart.outcome.exceeded') : latest.value === target.value ? t(locale, 'chart.outcome.reached') : t(locale, 'chart.outcome.short', { share: formatNumber(share) });
  const heading = pick(indicator, locale);
  const targetText = t(locale, 'chart.target', { value: formatFigure(target, locale), period: periodText(locale, period) });
  return {
    title: heading.text,
    titleLang: heading.lang,
    summary: t(locale, 'chart.progressSummary', {
      year: latest.year!, basis: basisWord(locale, latest.basis), value: formatFigure(latest, locale), targetValue: formatFigure(target, locale), period: periodText(locale, period), outcome,
    }),
    groups: [{ rows: yearRows(sorted, locale) }],
    legend: basisLegend(sorted, locale),
    reference: { value: target.value, text: targetText },
    unit: target.unit,
  };
}

const signed = (n: number) => (n > 0 ? `+${formatNumber(n)}` : formatNumber(n));

/** One roadmap field as a comparison row shows it (src/lib/roadmap.ts): its names, counts and change in words. */
export interface RoadmapRowInput {
  name: Bilingual;
  /** The name in the earlier edition, when it differs. */
  previousName?: Bilingual;
  /** How it changed, in words (new, renamed, moved to or from a category …); none when unchanged. */
  note?: string;
  counts: { year: number; value: number; figureId: string }[];
}

/** Product counts per field for two roadmap editions, grouped by category with subtotals, changes marked in words. */
export function roadmapChart(
  groups: { category: string; rows: RoadmapRowInput[]; totals: { year: number; fields: number; products: number }[] }[],
  totals: { year: number; fields: number; products: number }[],
  years: [number, number],
  locale: Locale,
): ChartModel {
  const [before, after] = years;
  const edition = (y: number) => t(locale, 'chart.edition', { year: y });
  const span = (list: { year: number; fields: number; products: number }[]) =>
    list.map((x) => t(locale, 'chart.roadmapTotal', { year: x.year, fields: x.fields, products: x.products })).join(' → ');
  const total = (y: number) => totals.find((x) => x.year === y)!;
  return {
    title: t(locale, 'chart.roadmapTitle', { before, after }),
    titleLang: locale,
    summary: t(locale, 'chart.roadmapSummary', {
      from: t(locale, 'chart.roadmapTotal', { year: before, fields: total(before).fields, products: total(before).products }),
      to: t(locale, 'chart.roadmapTotal', { year: after, fields: total(after).fields, products: total(after).products }),
      change: signed(total(after).products - total(before).products),
    }),
    groups: groups.map((g) => ({
      heading: `${t(locale, `roadmap.category.${g.category as '4ir' | 'growth-base'}`)}: ${span(g.totals)}`,
      rows: g.rows.map((r) => {
        const name = pick(r.name, locale);
        const previous = r.previousName && pick(r.previousName, locale).text;
        return {
          label: previous && previous !== name.text ? t(locale, 'chart.renamedFrom', { name: name.text, previous }) : name.text,
          lang: name.lang,
          note: r.note,
          bars: years.flatMap((y) => {
            const c = r.counts.find((x) => x.year === y);
            return c ? [{ figureId: c.figureId, value: c.value, text: formatNumber(c.value), style: y === before ? ('hatched' as const) : ('solid' as const) }] : [];
          }),
        };
      }),
    })),
    legend: [
      { style: 'hatched', text: edition(before) },
      { style: 'solid', text: edition(after) },
    ],
    unit: 'products',
  };
}
