// Collections read content/ (the source of truth) with the schemas of src/schemas. Cross-references are
// strings checked by src/lib/content-check, because Astro only logs a dangling reference() and builds on.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import * as s from './schemas/entries.ts';
import { contentDir, localizedFileId } from './lib/content-files.ts';

// Generic in the schema so that each collection keeps its own entry type.
const yaml = <S extends z.ZodType>(dir: string, schema: S) =>
  defineCollection({ loader: glob({ pattern: '*.yaml', base: `${contentDir}/${dir}` }), schema });

// Strategies and tasks sit in a folder per plan; the id keeps it: `4/1-1` is task 1-1 of the 4th plan.
const planScoped = <S extends z.ZodType>(dir: string, pattern: string, schema: S) =>
  defineCollection({
    loader: glob({ pattern: `*/${pattern}`, base: `${contentDir}/${dir}`, generateId: ({ entry }) => entry.replace(/\.(yaml|ko\.mdx|en\.mdx)$/, '') }),
    schema,
  });

const mdx = <S extends z.ZodType>(dir: string, locale: 'ko' | 'en', schema: S) =>
  defineCollection({
    loader: glob({
      pattern: `**/*.${locale}.mdx`,
      base: `${contentDir}/${dir}`,
      generateId: ({ entry }) => localizedFileId(entry),
    }),
    schema,
  });

export const collections = {
  agencies: yaml('agencies', s.agency),
  documents: yaml('documents', s.sourceDocument),
  programmes: yaml('programmes', s.programme),
  strategies: planScoped('strategies', '*.ko.mdx', s.strategy),
  strategyTranslations: planScoped('strategies', '*.en.mdx', s.translation),
  tasks: planScoped('tasks', '*.yaml', s.task),
  plans: yaml('plans', s.plan),
  roadmapEditions: yaml('roadmap-editions', s.roadmapEdition),
  glossary: yaml('glossary', s.glossaryTerm),
  themes: yaml('themes', s.theme),
  links: yaml('links', s.link),
  measures: mdx('measures', 'ko', s.measure),
  measureTranslations: mdx('measures', 'en', s.translation),
  narratives: mdx('narratives', 'ko', s.narrative),
  narrativeTranslations: mdx('narratives', 'en', s.translation),
  roadmapFields: mdx('roadmap-fields', 'ko', s.roadmapField),
  roadmapFieldTranslations: mdx('roadmap-fields', 'en', s.translation),
};
