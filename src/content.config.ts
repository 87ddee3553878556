// Collections read content/ (the source of truth), one per kind of the table in src/lib/content-check/kinds.ts,
// with the schemas of src/schemas. Cross-references are strings checked by src/lib/content-check, because
// Astro only logs a dangling reference() and builds on.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { kindNames, kinds, type Kind } from './lib/content-check/kinds.ts';
import { contentDir, localizedFileId } from './lib/content-files.ts';

function collection(spec: { folder: string; files: 'yaml' | 'ko' | 'en'; schema: z.ZodType }) {
  const base = `${contentDir}/${spec.folder}`;
  if (spec.files === 'yaml') return defineCollection({ loader: glob({ pattern: '*.yaml', base }), schema: spec.schema });
  return defineCollection({
    loader: glob({ pattern: `**/*.${spec.files}.mdx`, base, generateId: ({ entry }) => localizedFileId(entry) }),
    schema: spec.schema,
  });
}

// Each collection keyed by its name, with its own schema, so that every entry keeps its own type.
type Collections = { [K in Kind as (typeof kinds)[K]['collection']]: Omit<ReturnType<typeof collection>, 'schema'> & { schema: (typeof kinds)[K]['schema'] } };

export const collections = Object.fromEntries(kindNames.map((k) => [kinds[k].collection, collection(kinds[k])])) as Collections;
