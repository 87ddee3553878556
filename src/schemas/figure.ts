import { z } from 'astro/zod';
import { bilingual, slug, year } from './common.ts';

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

/** One number stated by a source, stored once and rendered in every language from this record. */
export const filledFigure = z
  .object({
    id: slug,
    todo: z.undefined().optional(),
    value: z.number(),
    unit: z.enum(units),
    year,
    basis: z.enum(bases),
    label: bilingual,
    source,
    programme: slug.optional(),
    /** Ids of figures that state the same subject differently (another source or basis): shown together. */
    compareWith: z.array(slug).min(1).optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (f.value < 0) ctx.addIssue({ code: 'custom', path: ['value'], message: 'a non-negative number' });
    if (f.unit === 'percent' && f.value > 100)
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'a percentage between 0 and 100' });
    if (f.unit !== 'percent' && f.unit !== 'won' && f.unit !== 'multiple' && !Number.isInteger(f.value))
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
    ctx.addIssue({ code: 'custom', path: ['value'], message: 'the figure filled in (todo: true marks a template: write value and source.quote, then delete the todo line)' });
  })
  .transform((): never => {
    throw new Error('unreachable: a template figure never passes its refinement');
  });

export const figure = z.discriminatedUnion('todo', [templateFigure, filledFigure]);

/** The `figures:` list of a content file. */
export const figureList = z.array(figure).default([]);
