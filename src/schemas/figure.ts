import { z } from 'astro/zod';
import { bilingual, slug, year, yearMonth } from './common.ts';

/** Units a figure can be counted in; each has a Korean and an English pattern in the UI dictionaries. */
export const units = [
  'won', 'percent', 'count', 'companies', 'people', 'cases', 'times', 'countries', 'projects',
  'institutions', 'schools', 'fields', 'products', 'technologies', 'types', 'consortia', 'zones',
  'programmes', 'years', 'months', 'hours', 'laws', 'multiple',
] as const;
export type Unit = (typeof units)[number];

/** What kind of number it is: a result, a running total, an intention, a goal, an allocation, or a count of
 *  what a roadmap edition contains (its fields and products: neither a result nor a plan). */
export const bases = ['actual', 'cumulative', 'plan', 'target', 'budget', 'edition'] as const;
export type Basis = (typeof bases)[number];

/** Code of a source document (`000`, `004`): its text is `<code>_*.txt` in the sources folder, its title content/documents/<code>.yaml. */
export const documentCode = z.string().regex(/^\d{3}$/, 'a three-digit document code like "000"');

/** Where in a source document a figure stands (see docs/content-format.md). */
export const sectionCode = z
  .string()
  .regex(/^(summary|I-\d|II-\d-\d|III|IV-\d-\d|V|release|ref-\d)$/, 'a section code like II-1-1, IV-2-1, summary, release, ref-1');

/** Where a figure comes from: the document, its section and the exact words. */
export const source = z.object({
  document: documentCode,
  section: sectionCode,
  quote: z.string().trim().min(1),
});

/**
 * Where a figure's number stands: the quote, plus the words of it that state this number (`says`), read with
 * their own scale and counter (`38억원`, `2.6만명`). A bare number (`165` of a series in 억원, a table cell)
 * takes its unit from `unitFrom`, words of the document that state it (`(모태펀드, 억원)`, `제품(개)`).
 */
export const figureSource = source
  .extend({
    says: z.string().trim().min(1),
    unitFrom: z.string().trim().min(1).optional(),
  })
  .strict();

/** Years of an amount over several years: `{ start: 2023, end: 2031 }`. */
export const periodRange = z
  .object({ start: year, end: year })
  .strict()
  .refine((p) => p.start < p.end, { message: 'a period whose start is before its end', path: ['end'] });

/**
 * What a figure is for: one year (`year`), or, for an amount over several years, its `period` — a range, or
 * `project` for the total of a project whose years the source does not give. Never both.
 */
export const figurePeriod = z.union([periodRange, z.literal('project')]);
export type FigurePeriod = z.infer<typeof figurePeriod>;

/** One number stated by a source, stored once and rendered in every language from this record. */
export const filledFigure = z
  .object({
    id: slug,
    todo: z.undefined().optional(),
    value: z.number(),
    unit: z.enum(units),
    year: year.optional().meta({ description: 'The year the value is for; absent for a value over several years (see period)' }),
    period: figurePeriod.optional().meta({ description: 'For a value over several years: its first and last year, or "project" for the total of a project whose years the source does not give. Never add it to one year\'s figures' }),
    basis: z.enum(bases),
    label: bilingual,
    source: figureSource,
    programme: slug.optional(),
    /** Ids of figures that state the same subject differently (another source or basis): shown together. */
    compareWith: z.array(slug).min(1).optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    if ((f.year === undefined) === (f.period === undefined))
      ctx.addIssue({ code: 'custom', path: ['year'], message: 'a year, or a period for an amount over several years (one of the two)' });
    if (f.value < 0) ctx.addIssue({ code: 'custom', path: ['value'], message: 'a non-negative number' });
    if (f.unit === 'percent' && f.value > 100)
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'a percentage between 0 and 100' });
    // People may be an average (기업당 고용 6.8명); other counts are whole.
    if (f.unit !== 'percent' && f.unit !== 'won' && f.unit !== 'multiple' && f.unit !== 'people' && !Number.isInteger(f.value))
      ctx.addIssue({ code: 'custom', path: ['value'], message: `a whole number of ${f.unit}` });
  });
export type Figure = z.infer<typeof filledFigure>;

/**
 * A figure the new-year scaffold left to be filled (`todo: true`, `value: null`). It never validates: the
 * check names it once, at its value, instead of listing every empty field, until staff fill it in and delete
 * the todo line. The output type is `never`, so pages only ever see filled figures.
 */
const templateFigure = z
  .looseObject({ id: slug, todo: z.literal(true) })
  .superRefine((_, ctx) => {
    ctx.addIssue({ code: 'custom', path: ['value'], message: 'the figure filled in (todo: true marks a template: write value, source.quote and source.says, then delete the todo line)' });
  })
  .transform((): never => {
    throw new Error('unreachable: a template figure never passes its refinement');
  });

export const figure = z.discriminatedUnion('todo', [templateFigure, filledFigure]);

/** The `figures:` list of a content file. */
export const figureList = z.array(figure).default([]);

/**
 * A date a source states for an event (`‘22.2월 시행`), stored only where the source gives the same event
 * different dates in different places: each statement with its words, grouped by `compareWith`, so every page
 * that shows one says that the source also gives the other.
 */
export const datedStatement = z
  .object({
    id: slug,
    value: yearMonth,
    label: bilingual,
    source: figureSource.omit({ unitFrom: true }),
    compareWith: z.array(slug).min(1).optional(),
  })
  .strict();
export type DatedStatement = z.infer<typeof datedStatement>;

/** The `dates:` list of a measure or narrative. */
export const datedList = z.array(datedStatement).default([]);
