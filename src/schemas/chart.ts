import { z } from 'astro/zod';
import { bilingual, slug } from './common.ts';

/**
 * Kinds of chart a page can ask for by figure ids. `compare`: figures of one year, basis and unit side by
 * side (e.g. budgets stated in the plan; never a total). `series`: one measure over three or more years.
 * Targets are charted from the plan's `targets` (their `progress` ids), the roadmap from its field records.
 */
export const chartKinds = ['compare', 'series'] as const;
export type ChartKind = (typeof chartKinds)[number];

/** One chart of a page: what it shows, in words, and the figures it draws. */
export const chart = z
  .object({
    kind: z.enum(chartKinds),
    title: bilingual,
    figures: z.array(slug).min(2),
  })
  .strict();
export type ChartSpec = z.infer<typeof chart>;

/** The `charts:` list of a task, strategy, programme or plan record. */
export const chartList = z.array(chart).default([]);
