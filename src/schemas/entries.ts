import { z } from 'astro/zod';
import { bilingual, measureId, plainText, slug, taskId, title, year, yearMonth } from './common.ts';
import { datedList, documentCode, figureList, sectionCode, source } from './figure.ts';

/**
 * An address on the web. The page shows only https addresses. `source` is the document that states it, with
 * its words; `none` marks an address staff know from elsewhere (an agency's homepage), which stays
 * `confirmed: false` until staff have checked it and `npm run check` lists it until then.
 */
export const webAddress = z
  .object({
    url: z.url({ protocol: /^https$/, error: 'an https:// address' }),
    source: z.union([z.literal('none'), z.object({ document: documentCode, quote: z.string().trim().min(1) }).strict()]),
    confirmed: z.boolean().optional(),
  })
  .strict()
  .superRefine((w, ctx) => {
    if (w.source === 'none' && w.confirmed === undefined)
      ctx.addIssue({ code: 'custom', path: ['confirmed'], message: 'confirmed: false (or true once staff have checked it) for an address the sources do not state' });
  });
export type WebAddress = z.infer<typeof webAddress>;
import { chartList } from './chart.ts';

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
    /** The agency's own site, where its current programmes are published. */
    website: webAddress.optional(),
  })
  .strict()
  .superRefine(officialNameInEnglish);

/** A date as precise as the document gives it: `2023`, `2022-01`, `2022-01-27`. */
const documentDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'a date like 2022-01-27, 2022-01 or 2023');

/**
 * content/documents/<code>.yaml: a source document, whose text is `<code>_*.txt` in the sources folder, and
 * the last year of each kind of figure it can state, so that a figure of a later year is refused.
 */
export const sourceDocument = z
  .object({
    title: bilingual,
    short: bilingual,
    /** As precisely as the document gives it: the footer's "as of". */
    date: documentDate,
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

/** content/themes/<slug>.yaml: one word of the small vocabulary the programme finder filters by. */
export const theme = z.object({ name: bilingual, order: z.number().int().positive() }).strict();

/** content/links/<slug>.yaml: a site where current information is published (the roadmap site, the support portal). */
export const link = z.object({ name: bilingual, description: bilingual, website: webAddress }).strict();

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
    /** Slugs of content/themes/, the finder's topic filters. */
    themes: z.array(slug).min(1),
    /** Id of the figure the finder card shows as this programme's amount (money, of this programme). */
    amount: slug.optional(),
    /** The programme that took over from this one, as the sources say; the page of each links the other. */
    successor: slug.optional(),
    /** Programmes the sources tie to this one; written on one side only, the other side is derived. */
    related: z.array(slug).default([]),
  })
  .strict();

/** content/programmes/<slug>.yaml; `charts` draw its figures (a series over years) on its page. */
export const programme = programmeFields.extend({ charts: chartList }).superRefine(officialNameInEnglish);

/**
 * Korean file of a strategy, content/strategies/<plan>/<n>.ko.mdx (the English file has its title only). The
 * body says what the sources say of the strategy: its direction for the implementation plan of `year`, in
 * the words of `source`; `charts` draw figures of its tasks side by side.
 */
export const strategy = z
  .object({
    title,
    year,
    source: z.object({ document: documentCode, section: sectionCode }).strict(),
    charts: chartList,
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
    charts: chartList,
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
    /** Staff set this once the plan period is over: the build reads no clock, so it cannot tell by itself. */
    periodEnded: z.boolean().default(false),
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
          /** Figure ids of the indicator's yearly values in the sources, charted against the target. */
          progress: z.array(slug).min(2).optional(),
        })
        .strict(),
    ),
    charts: chartList,
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

/**
 * One entry of content/search/synonyms.yaml: words readers type (`terms`) for something the pages write
 * differently, given either as a word or phrase the pages use (`means`) or as a roadmap field (`field`),
 * whose names (current and earlier, in both languages) then all count.
 */
export const synonym = z
  .object({
    terms: z.array(z.string().trim().min(1)).min(1),
    means: z.string().trim().min(1).optional(),
    field: slug.optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    if ((e.means === undefined) === (e.field === undefined))
      ctx.addIssue({ code: 'custom', path: ['means'], message: 'either means (a word as the pages write it) or field (a roadmap field id), not both' });
  });
export type Synonym = z.infer<typeof synonym>;

/** content/search/synonyms.yaml: the search's synonym list, edited by staff. */
export const synonymList = z.object({ synonyms: z.array(synonym) }).strict();
