// The one table of content kinds: where each kind's files live, its Astro collection, its schema and the fields
// that refer to other entries. Astro's collections (src/content.config.ts), the site loader (src/data/site.ts)
// and the content check are all derived from it, so a new kind, or a new reference, is one edit here.
import type { ZodType } from 'astro/zod';
import * as s from '../../schemas/entries.ts';
import { localeOfFile, localizedFileId } from '../content-files.ts';

/** A field that holds the id of another entry (`'*'` stands for every item of a list or value of a map): a kind of this table, or `figure`. */
export interface Reference {
  field: readonly (string | '*')[];
  to: string;
}

interface KindSpec {
  /** Folder under content/. */
  folder: string;
  /** Name of the Astro collection (none for files only scripts read). */
  collection?: string;
  /** `yaml`: `<id>.yaml` directly in the folder; `ko`/`en`: `<id>.<locale>.mdx` at any depth, the path being the id. */
  files: 'yaml' | 'ko' | 'en';
  /** A stricter rule for the path under the folder, with the words of its message. */
  path?: { pattern: RegExp; expected: string };
  /** Files sit in a folder per plan (`<plan>/<name>`), and the id keeps it: `4/1-1` is task 1-1 of the 4th plan. */
  planScoped?: true;
  schema: ZodType;
  /** What a reference to this kind must name, in the words of a message. */
  expected: string;
  references: readonly Reference[];
  /** Korean kind (of this table) whose text this kind translates. */
  translates?: string;
  /** The data carries a `figures:` list. */
  figures?: true;
}

const measurePath = {
  pattern: /^\d{4}\/\d+-\d+-\d+\.(ko|en)\.mdx$/,
  expected: 'a measure file named content/measures/<year>/<task>-<n>.ko.mdx (or .en.mdx), e.g. 2022/1-1-2.ko.mdx',
};
const strategyPath = { pattern: /^\d+\/\d+\.(ko|en)\.mdx$/, expected: 'a file named content/strategies/<plan>/<n>.ko.mdx (or .en.mdx), e.g. content/strategies/4/1.ko.mdx' };
const programmeList = { field: ['programmes', '*'], to: 'programme' } as const;
const figureProgrammes = { field: ['figures', '*', 'programme'], to: 'programme' } as const;

export const kinds = {
  agency: { folder: 'agencies', collection: 'agencies', files: 'yaml', schema: s.agency, expected: 'an agency in content/agencies/', references: [] },
  document: { folder: 'documents', collection: 'documents', files: 'yaml', schema: s.sourceDocument, expected: 'a document described in content/documents/', references: [] },
  programme: {
    folder: 'programmes', collection: 'programmes', files: 'yaml', schema: s.programme, expected: 'a programme in content/programmes/',
    references: [
      { field: ['ministry'], to: 'agency' }, { field: ['operators', '*'], to: 'agency' }, { field: ['themes', '*'], to: 'theme' },
      { field: ['successor'], to: 'programme' }, { field: ['related', '*'], to: 'programme' }, { field: ['amount'], to: 'figure' },
    ],
  },
  theme: { folder: 'themes', collection: 'themes', files: 'yaml', schema: s.theme, expected: 'a theme in content/themes/', references: [] },
  link: { folder: 'links', collection: 'links', files: 'yaml', schema: s.link, expected: 'a link in content/links/', references: [] },
  // Read by the search indexer only, so no collection.
  synonyms: {
    folder: 'search', files: 'yaml', schema: s.synonymList, expected: 'a synonym list in content/search/',
    references: [{ field: ['synonyms', '*', 'field'], to: 'roadmapField' }],
  },
  // Strategies and tasks belong to a plan (its rules in integrity.ts hold them to it and to each other).
  strategy: {
    folder: 'strategies', collection: 'strategies', files: 'ko', planScoped: true, path: strategyPath, schema: s.strategy, expected: 'a strategy in content/strategies/<plan>/',
    references: [{ field: ['source', 'document'], to: 'document' }],
  },
  strategyTranslation: {
    folder: 'strategies', collection: 'strategyTranslations', files: 'en', planScoped: true, path: strategyPath, schema: s.translation, expected: 'an English strategy file',
    references: [], translates: 'strategy',
  },
  task: {
    folder: 'tasks', collection: 'tasks', files: 'yaml', planScoped: true, schema: s.task, expected: 'a task in content/tasks/<plan>/',
    path: { pattern: /^\d+\/\d+-\d+\.yaml$/, expected: 'a file named content/tasks/<plan>/<strategy>-<task>.yaml, e.g. content/tasks/4/1-1.yaml' },
    references: [],
  },
  plan: {
    folder: 'plans', collection: 'plans', files: 'yaml', schema: s.plan, expected: 'a plan in content/plans/', figures: true,
    references: [figureProgrammes, { field: ['cycle'], to: 'figure' }, { field: ['targets', '*', 'target'], to: 'figure' }, { field: ['targets', '*', 'actual'], to: 'figure' }],
  },
  roadmapEdition: {
    folder: 'roadmap-editions', collection: 'roadmapEditions', files: 'yaml', schema: s.roadmapEdition, expected: 'a roadmap edition in content/roadmap-editions/', figures: true,
    path: { pattern: /^\d{4}\.yaml$/, expected: 'an edition file named content/roadmap-editions/<year>.yaml, e.g. 2023.yaml' },
    references: [
      figureProgrammes, { field: ['source', 'document'], to: 'document' }, { field: ['totals', 'fields'], to: 'figure' }, { field: ['totals', 'products'], to: 'figure' },
      { field: ['totals', 'byCategory', '*', 'fields'], to: 'figure' }, { field: ['totals', 'byCategory', '*', 'products'], to: 'figure' },
      { field: ['linkedRd', '*'], to: 'figure' }, { field: ['linkage', '*', 'programme'], to: 'programme' }, { field: ['linkage', '*', 'figures', '*'], to: 'figure' },
    ],
  },
  roadmapField: {
    folder: 'roadmap-fields', collection: 'roadmapFields', files: 'ko', schema: s.roadmapField, expected: 'a roadmap field in content/roadmap-fields/', figures: true,
    references: [figureProgrammes, { field: ['editions', '*', 'products'], to: 'figure' }, { field: ['measures', '*'], to: 'measure' }, programmeList],
  },
  roadmapFieldTranslation: {
    folder: 'roadmap-fields', collection: 'roadmapFieldTranslations', files: 'en', schema: s.translation, expected: 'an English roadmap field file',
    references: [], translates: 'roadmapField',
  },
  glossaryTerm: {
    folder: 'glossary', collection: 'glossary', files: 'yaml', schema: s.glossaryTerm, expected: 'a term in content/glossary/',
    references: [{ field: ['source', 'document'], to: 'document' }, programmeList],
  },
  measure: {
    folder: 'measures', collection: 'measures', files: 'ko', path: measurePath, schema: s.measure, expected: 'the id of a measure (<year>-<task>-<n>)', figures: true,
    references: [figureProgrammes, { field: ['continues', '*'], to: 'measure' }, programmeList],
  },
  measureTranslation: {
    folder: 'measures', collection: 'measureTranslations', files: 'en', path: measurePath, schema: s.translation, expected: 'an English measure file',
    references: [], translates: 'measure',
  },
  narrative: {
    folder: 'narratives', collection: 'narratives', files: 'ko', schema: s.narrative, expected: 'a narrative in content/narratives/', figures: true,
    references: [figureProgrammes, { field: ['source', 'document'], to: 'document' }],
  },
  narrativeTranslation: {
    folder: 'narratives', collection: 'narrativeTranslations', files: 'en', schema: s.translation, expected: 'an English narrative file',
    references: [], translates: 'narrative',
  },
} as const satisfies Record<string, KindSpec>;

export type Kind = keyof typeof kinds;

/** Every kind, in the order of the table. */
export const kindNames = Object.keys(kinds) as Kind[];

/** Kinds that are Astro collections, and their names. */
export type CollectionKind = { [K in Kind]: (typeof kinds)[K] extends { collection: string } ? K : never }[Kind];
export type Collection = (typeof kinds)[CollectionKind]['collection'];
export const collectionKinds = kindNames.filter((k): k is CollectionKind => 'collection' in kinds[k]);

/** The spec of a kind, seen through the common interface. */
export function kindSpec(kind: Kind): KindSpec {
  return kinds[kind];
}

/** What the expected name of a referenced entry is, in the words of a message. */
export function expectedReference(to: string): string {
  return to === 'figure' ? 'the id of a figure stored in some content file' : kindSpec(to as Kind).expected;
}

/** Values at a field pattern of some data, with their concrete paths (`['operators', 0]`). */
export function valuesAt(data: unknown, field: readonly (string | '*')[]): { path: (string | number)[]; value: unknown }[] {
  let found: { path: (string | number)[]; value: unknown }[] = [{ path: [], value: data }];
  for (const key of field) {
    found = found.flatMap(({ path, value }) => {
      if (key === '*') {
        if (Array.isArray(value)) return value.map((v, i) => ({ path: [...path, i], value: v }));
        return value && typeof value === 'object' ? Object.entries(value).map(([k, v]) => ({ path: [...path, k], value: v })) : [];
      }
      return value && typeof value === 'object' && key in value ? [{ path: [...path, key], value: (value as Record<string, unknown>)[key] }] : [];
    });
  }
  return found;
}

/** What a file under content/ is, from its path (relative to content/), and its entry id. */
export function classify(path: string): { kind: Kind; id: string } | { error: string } {
  const [folder, ...rest] = path.split('/');
  const inner = rest.join('/');
  const here = kindNames.filter((k) => kinds[k].folder === folder);
  if (here.length === 0) return { error: 'a file in one of the content folders (see docs/content-format.md)' };
  const kind = here.find((k) => kinds[k].files === (inner.endsWith('.yaml') ? 'yaml' : localeOfFile(inner)));
  const spec = kindSpec(kind ?? here[0]!);
  const expected = spec.path?.expected ?? (spec.files === 'yaml' ? `a file named <id>.yaml directly in content/${folder}/` : `a file named <id>.ko.mdx or <id>.en.mdx in content/${folder}/`);
  if (!kind || (spec.path && !spec.path.pattern.test(inner)) || (spec.files === 'yaml' && !spec.planScoped && rest.length !== 1)) return { error: expected };
  const id = entryId(spec, inner);
  // Ids become addresses: a name Astro would rewrite, or a URL would have to escape, is refused here.
  if (!id.split('/').every((part) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(part)))
    return { error: `a file name of lower-case letters, digits and hyphens (e.g. smart-factory.yaml)` };
  return { kind, id };
}

/** The entry id of a file of a kind, from its path under the kind's folder; Astro's loaders use the same. */
export function entryId(spec: { files: 'yaml' | 'ko' | 'en'; planScoped?: true }, inner: string): string {
  if (spec.planScoped) return inner.replace(/\.(yaml|ko\.mdx|en\.mdx)$/, '');
  return spec.files === 'yaml' ? inner.slice(0, -5) : localizedFileId(inner);
}
