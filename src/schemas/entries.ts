import { z } from 'astro/zod';
import { bilingual, measureId, plainText, slug, taskId, title, year, yearMonth } from './common.ts';
import { documentCode, figureList, sectionCode, source } from './figure.ts';

/** An official English name is published by its body, so it cannot be pending like a translation. */
function officialNameInEnglish(e: { name: { en?: string }; englishName: string }, ctx: z.RefinementCtx) {
  if (e.englishName === 'official' && !e.name.en)
    ctx.addIssue({ code: 'custom', path: ['name', 'en'], message: 'the official English name (englishName is "official")' });
}

/** content/agencies/<slug>.yaml */
export const agency = z
  .object({
    name: bilingual,
    short: z.object({ ko: plainText(40).optional(), en: plainText(40).optional() }).strict().optional(),
    englishName: z.enum(['official', 'translation']),
  })
  .strict()
  .superRefine(officialNameInEnglish);

/** content/documents/<code>.yaml: a source document, whose text is `<code>_*.txt` in the sources folder. */
export const sourceDocument = z.object({ title: bilingual, short: bilingual }).strict();

export const glossaryKinds = ['abbreviation', 'term'] as const;

/**
 * content/glossary/<slug>.yaml: an abbreviation or term that is neither a programme nor an agency (those
 * come from their own collections). The quote ties the definition to words of a source document.
 */
export const glossaryTerm = z
  .object({
    name: bilingual,
    short: z.object({ ko: plainText(40).optional(), en: plainText(40).optional() }).strict().optional(),
    kind: z.enum(glossaryKinds),
    englishName: z.enum(['official', 'translation']),
    definition: bilingual,
    source,
    programmes: z.array(slug).default([]),
  })
  .strict();

export const programmeKinds = [
  'rd', 'investment', 'loan', 'guarantee', 'voucher', 'savings', 'training', 'staffing', 'infrastructure',
  'consulting', 'legal', 'regulatory', 'procurement', 'platform', 'exchange', 'certification',
] as const;
export const audiences = [
  'startups', 'smes', 'manufacturers', 'venture', 'workers', 'researchers', 'universities',
  'large-companies', 'public-bodies', 'regions', 'cooperatives',
] as const;

/** The fields of content/programmes/<slug>.yaml, without the cross-field rule (for derived schemas). */
export const programmeFields = z
  .object({
    name: bilingual,
    englishName: z.enum(['official', 'translation']),
    ministry: slug,
    operators: z.array(slug).default([]),
    kind: z.enum(programmeKinds),
    audience: z.array(z.enum(audiences)).min(1),
    summary: bilingual,
  })
  .strict();

/** content/programmes/<slug>.yaml */
export const programme = programmeFields.superRefine(officialNameInEnglish);

/**
 * Korean file of a strategy, content/strategies/<plan>/<n>.ko.mdx (the English file has its title only). The
 * body says what the sources say of the strategy: its direction for the implementation plan of `year`, in
 * the words of `source`.
 */
export const strategy = z
  .object({
    title: z.string().trim().min(1),
    year,
    source: z.object({ document: documentCode, section: sectionCode }).strict(),
  })
  .strict();

export const timings = ['first-half', 'second-half', 'all-year'] as const;

/** content/tasks/<plan>/<s>-<t>.yaml; `schedule` has one entry per implementation year (Ⅴ), so a new year keeps the earlier ones. */
export const task = z
  .object({
    strategy: z.number().int().positive(),
    title: bilingual,
    schedule: z
      .array(z.object({ year, timing: z.enum(timings) }).strict())
      .superRefine((list, ctx) => {
        list.forEach((s, i) => {
          if (list.findIndex((x) => x.year === s.year) < i)
            ctx.addIssue({ code: 'custom', path: [i, 'year'], message: `a year not listed before in schedule, not ${s.year} again` });
        });
      })
      // Empty while a new plan has no implementation year yet (npm run new-year adds the first).
      .default([]),
  })
  .strict();

/** A □ block of document 000 that an entry presents, named by its section and heading (src/lib/source-outline.ts). */
export const sourceBlock = z
  .object({
    section: sectionCode,
    heading: z.string().trim().min(1),
  })
  .strict();

/** Korean file of a measure: every language-neutral field lives here. */
export const measure = z
  .object({
    title,
    kind: z.enum(['result', 'plan']),
    task: taskId,
    // The block of document 000 this measure presents, and the tables of that block its body renders (caption
    // or header row). Every block of 000 needs one (tests/content/coverage.test.ts); measures of later plans,
    // whose documents have no outline parser yet, leave it out.
    source: sourceBlock.extend({ tables: z.array(z.string().trim().min(1)).default([]) }).optional(),
    continues: z.array(measureId).default([]),
    programmes: z.array(slug).default([]),
    figures: figureList,
  })
  .strict();

/** Translation file of a measure or narrative: text only. */
export const translation = z.object({ title }).strict();

/** Korean file of a narrative (summary, directions, roadmap release). */
export const narrative = z
  .object({
    title,
    kind: z.enum(['summary', 'directions', 'roadmap']),
    year,
    order: z.number().int().positive(),
    source: z.object({ document: documentCode, section: sectionCode }).strict(),
    figures: figureList,
  })
  .strict();

const period = z.object({ start: year, end: year }).strict();

/**
 * content/plans/<ordinal>.yaml: a promotion plan. Title, period, vision and targets are every plan's; the
 * rest are what an implementation plan document says about its plan (the 4th plan's come from 000), so a new
 * plan may add them when its documents say them.
 */
export const plan = z
  .object({
    title: bilingual,
    period: period.refine((p) => p.end >= p.start, { message: 'a period whose end is not before its start', path: ['end'] }),
    established: yearMonth.optional(),
    /** The year of the implementation plan whose document this record presents. */
    implementationYear: year.optional(),
    resolution: bilingual.optional(),
    reason: bilingual.optional(),
    purpose: bilingual.optional(),
    legalBasis: bilingual.optional(),
    /** Figure id of the statutory cycle on which the Promotion Plan is drawn up (Ⅰ-1: every 5 years). */
    cycle: slug.optional(),
    department: bilingual.optional(),
    history: z.array(z.object({ ordinal: z.number().int().positive(), period, established: yearMonth, vision: bilingual }).strict()).default([]),
    annualPlans: z.array(z.object({ year, established: yearMonth }).strict()).default([]),
    /** The □ blocks of Ⅰ (plan overview) that this record presents. */
    sourceBlocks: z.array(sourceBlock).default([]),
    vision: bilingual,
    targets: z.array(
      z
        .object({
          id: slug,
          area: z.enum(['strategy', 'productivity', 'collaboration', 'performance']),
          indicator: bilingual,
          note: bilingual.optional(),
          target: slug,
          actual: slug.optional(),
        })
        .strict(),
    ),
    figures: figureList,
  })
  .strict();

export const roadmapCategories = ['4ir', 'growth-base'] as const;

/** content/roadmap-fields/<slug>.yaml */
export const roadmapField = z
  .object({
    order: z.number().int().positive(),
    name: bilingual,
    category: z.enum(roadmapCategories),
    editions: z
      .array(z.object({ year, name: bilingual, category: z.enum(roadmapCategories), products: slug }).strict())
      .min(1),
    change: z.enum(['none', 'renamed', 'renamed-rescoped', 'moved', 'new']),
    products: z.array(z.object({ name: bilingual }).strict()).default([]),
    measures: z.array(measureId).default([]),
    programmes: z.array(slug).default([]),
    figures: figureList,
  })
  .strict();
