// Records of the open-data files (/data/*.json): the content schemas plus what a reader of one file needs
// without the others (names of agencies, page addresses, both directions of links). The JSON Schemas
// published beside the files are generated from these.
import { z } from 'astro/zod';
import { bilingual, measureId, slug, taskId, year } from './common.ts';
import { filledFigure } from './figure.ts';
import { lineageChanges, programmeFields, roadmapCategories } from './entries.ts';

/** Addresses of the record's page in each language. */
const pageUrls = z.object({ ko: z.url(), en: z.url() }).strict().meta({ description: 'Page of this record in Korean and in English' });
const agencyRef = z.object({ id: slug, name: bilingual }).strict();
const planOrdinal = z.number().int().positive();
const planPeriod = z.object({ start: year, end: year }).strict().meta({ description: 'Period of the plan (first and last year)' });

const statedInKinds = ['measure', 'narrative', 'plan', 'roadmap-edition', 'roadmap-field'] as const;

export const figureRecord = filledFigure.safeExtend({
  // Published figures are always filled; the content-only template marker has no place in the data.
  todo: z.never().optional(),
  statedIn: z
    .object({ kind: z.enum(statedInKinds), id: z.string().min(1) })
    .strict()
    .meta({ description: 'The content entry that states the figure (a measure id, a roadmap field slug …)' }),
  plan: planOrdinal.optional().meta({ description: 'Ordinal of the promotion plan of the entry that states the figure (none for roadmap fields, which belong to roadmap editions)' }),
});
export type FigureRecord = z.infer<typeof figureRecord>;

export const programmeRecord = programmeFields
  .omit({ ministry: true, operators: true })
  .extend({
    id: slug,
    ministry: agencyRef.meta({ description: 'Responsible ministry' }),
    operators: z.array(agencyRef).meta({ description: 'Agencies the source names as running it; empty when it names none' }),
    measures: z.array(measureId).meta({ description: 'Measures of the plan that name the programme' }),
    plans: z.array(planOrdinal).meta({ description: 'Ordinals of the promotion plans whose measures name the programme' }),
    url: pageUrls,
  })
  .strict();
export type ProgrammeRecord = z.infer<typeof programmeRecord>;

export const measureRecord = z
  .object({
    id: measureId,
    year,
    kind: z.enum(['result', 'plan']).meta({ description: 'result: what was done (2022); plan: what is planned (2023)' }),
    plan: planOrdinal.meta({ description: 'Ordinal of the promotion plan whose task the measure belongs to (the plan whose period includes its year)' }),
    planPeriod,
    strategy: z.number().int().positive().meta({ description: 'Strategy number within the plan' }),
    task: taskId.meta({ description: 'Task number within the plan' }),
    title: bilingual,
    continues: z.array(measureId).meta({ description: 'Measures of earlier years that this one continues' }),
    continuedBy: z.array(measureId).meta({ description: 'Measures of later years that continue this one' }),
    programmes: z.array(slug),
    figures: z.array(slug).meta({ description: 'Ids of the figures stated in this measure (see figures.json)' }),
    url: pageUrls,
  })
  .strict();
export type MeasureRecord = z.infer<typeof measureRecord>;

export const roadmapFieldRecord = z
  .object({
    id: slug,
    name: bilingual.meta({ description: 'Name in the latest edition' }),
    category: z.enum(roadmapCategories).meta({ description: 'Category in the latest edition' }),
    order: z.number().int().positive().meta({ description: 'Position within its category in the latest edition' }),
    change: z.array(z.enum(lineageChanges)).meta({ description: 'How the field changed in the latest edition against the previous one' }),
    editions: z.array(
      z
        .object({
          year,
          name: bilingual.optional(),
          category: z.enum(roadmapCategories).optional(),
          products: z.number().int().nonnegative().optional().meta({ description: 'Number of strategic products in this edition' }),
          figure: slug.optional().meta({ description: 'Id of the figure that states the number (see figures.json)' }),
          change: z.array(z.enum(lineageChanges)).meta({ description: 'How the field changed against the previous edition; [dropped] when it left the roadmap' }),
          from: z.array(slug).meta({ description: 'Ids of the fields it was merged from or split off' }),
        })
        .strict(),
    ),
    products: z.array(z.object({ name: bilingual }).strict()),
    measures: z.array(measureId),
    programmes: z.array(slug),
    figures: z.array(slug),
    url: pageUrls,
  })
  .strict();
export type RoadmapFieldRecord = z.infer<typeof roadmapFieldRecord>;

/** The published files: name → schema of the whole file (a list of records). */
export const openDataSchemas = {
  figures: z.array(figureRecord).meta({
    title: 'Figures',
    description: 'Every number of the 2023 SME technology innovation implementation plan and the SME technology roadmap 2022–2024, with the words of its source',
  }),
  programmes: z.array(programmeRecord).meta({ title: 'Programmes', description: 'Support programmes named by the plan' }),
  measures: z.array(measureRecord).meta({ title: 'Measures', description: '2022 results and 2023 actions of the plan, by task' }),
  'roadmap-fields': z.array(roadmapFieldRecord).meta({ title: 'Roadmap fields', description: 'Strategic fields of the SME technology roadmap and their products per edition' }),
};
export type DatasetName = keyof typeof openDataSchemas;
