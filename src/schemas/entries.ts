import { z } from 'astro/zod';
import { bilingual, measureId, plainText, slug, taskId, title, year, yearMonth } from './common.ts';
import { datedList, documentCode, figureList, sectionCode, source } from './figure.ts';

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

/**
 * content/documents/<code>.yaml: a source document, whose text is `<code>_*.txt` in the sources folder, and
 * the last year of each kind of figure it can state, so that a figure of a later year is refused.
 */
export const sourceDocument = z
  .object({
    title: bilingual,
    short: bilingual,
    reports: z
      .object({
        /** Figures with basis actual or cumulative: results up to this year. */
        results: year,
        /** Basis plan or budget: up to this year (earlier years' plans and budgets are quoted for comparison). */
        plans: year,
        /** Basis target: up to this year; left out when the document sets no target. */
        targets: year.optional(),
      })
      .strict(),
  })
  .strict();

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
    title,
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
    dates: datedList,
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
    dates: datedList,
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
export type RoadmapCategory = (typeof roadmapCategories)[number];

/** How a field changed against the previous roadmap edition (the source's 비고 column, in words). */
export const lineageChanges = ['new', 'renamed', 'rescoped', 'moved', 'merged', 'split', 'dropped'] as const;
export type LineageChange = (typeof lineageChanges)[number];

const standing = ['order', 'name', 'category', 'products'] as const;
const standingWhat: Record<(typeof standing)[number], string> = {
  order: 'its position within its category in this edition',
  name: 'its name in this edition ({ ko, en })',
  category: 'its category in this edition (4ir | growth-base)',
  products: 'the id of the figure counting its products in this edition',
};

/** A field in one roadmap edition: where it stands, and how it changed against the previous edition. */
export const fieldEdition = z
  .object({
    year,
    order: z.number().int().positive().optional(),
    name: bilingual.optional(),
    category: z.enum(roadmapCategories).optional(),
    products: slug.optional(),
    change: z.array(z.enum(lineageChanges)).default([]),
    from: z.array(slug).default([]),
    remark: plainText().optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (e.change.includes('dropped')) {
      if (e.change.length > 1) issue(['change'], 'dropped alone (a dropped field has no other change)');
      for (const k of [...standing, 'from', 'remark'] as const)
        if (e[k] !== undefined && !(k === 'from' && e.from.length === 0)) issue([k], `nothing here: a dropped field does not stand in the ${e.year} edition`);
      return;
    }
    for (const k of standing) if (e[k] === undefined) issue([k], standingWhat[k]);
    e.change.forEach((c, i) => {
      if (e.change.indexOf(c) < i) issue(['change', i], `each change once, not "${c}" again`);
    });
    if (e.change.includes('new') && e.change.length > 1) issue(['change'], 'new alone (a new field has no earlier name or category to change)');
    const splitOrMerged = e.change.includes('merged') || e.change.includes('split');
    if (splitOrMerged && e.from.length === 0) issue(['from'], 'at least one predecessor field id (change has merged or split)');
    if (!splitOrMerged && e.from.length > 0) issue(['from'], 'no predecessors unless change has merged or split');
  });

/** Korean file of a roadmap field, content/roadmap-fields/<slug>.ko.mdx; the slug is its address in every edition. */
export const roadmapField = z
  .object({
    /** The field's name in its latest edition (the check holds the two together). */
    title,
    editions: z
      .array(fieldEdition)
      .min(1)
      .superRefine((list, ctx) => {
        list.forEach((e, i) => {
          if (i > 0 && e.year <= list[i - 1]!.year)
            ctx.addIssue({ code: 'custom', path: [i, 'year'], message: `editions in ascending year order, each year once: a year after ${list[i - 1]!.year}` });
        });
      }),
    products: z.array(z.object({ name: bilingual }).strict()).default([]),
    measures: z.array(measureId).default([]),
    programmes: z.array(slug).default([]),
    figures: figureList,
  })
  .strict();

/** A pair of figure ids: how many fields and how many products. */
const fieldsAndProducts = z.object({ fields: slug, products: slug }).strict();

/**
 * content/roadmap-editions/<year>.yaml: one edition of the roadmap. Its totals are figures of the source; the
 * check holds them to the sums of the field entries of that year.
 */
export const roadmapEdition = z
  .object({
    title: bilingual,
    period,
    source: z.object({ document: documentCode, section: sectionCode }).strict(),
    totals: fieldsAndProducts.extend({ byCategory: z.record(z.enum(roadmapCategories), fieldsAndProducts) }),
    /** Where the source says the edition's product lists are published: its address and the words it uses. */
    productList: z
      .object({
        url: z.url({ protocol: /^https$/, hostname: z.regexes.domain, error: 'an https:// address' }),
        label: bilingual,
        quote: z.string().trim().min(1),
      })
      .strict()
      .optional(),
    /** Figure ids of the R&D support linked to this edition (their compareWith groups come along). */
    linkedRd: z.array(slug).default([]),
    /** Other support linked to the edition, each its own addressable item on the page of its programme. */
    linkage: z
      .array(
        z
          .object({
            id: slug,
            programme: slug,
            title: bilingual,
            /** The figures of the item, in reading order (e.g. before → after). */
            figures: z.array(slug).min(1),
          })
          .strict(),
      )
      .default([]),
    figures: figureList,
  })
  .strict();
