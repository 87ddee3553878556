// Collections read content/ (the source of truth), one per kind of the table in src/lib/content-check/kinds.ts,
// with the schemas of src/schemas. Cross-references are strings checked by src/lib/content-check, because
// Astro only logs a dangling reference() and builds on.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { collectionKinds, entryId, kinds, type CollectionKind } from './lib/content-check/kinds.ts';
import { contentDir } from './lib/content-files.ts';

function collection(spec: { folder: string; files: 'yaml' | 'ko' | 'en'; planScoped?: true; schema: z.ZodType }) {
  const name = spec.files === 'yaml' ? '*.yaml' : `*.${spec.files}.mdx`;
  // Ids come from the kinds table, the same the content check uses (`4/1-1` is task 1-1 of the 4th plan).
  const pattern = spec.planScoped ? `*/${name}` : spec.files === 'yaml' ? name : `**/${name}`;
  return defineCollection({
    loader: glob({ pattern, base: `${contentDir}/${spec.folder}`, generateId: ({ entry }) => entryId(spec, entry) }),
    schema: spec.schema,
  });
}

// Each collection keyed by its name, with its own schema, so that every entry keeps its own type.
type Collections = { [K in CollectionKind as (typeof kinds)[K]['collection']]: Omit<ReturnType<typeof collection>, 'schema'> & { schema: (typeof kinds)[K]['schema'] } };

export const collections = Object.fromEntries(collectionKinds.map((k) => [kinds[k].collection, collection(kinds[k])])) as Collections;
