// Which schema governs which file of content/.
import type { ZodType } from 'astro/zod';
import * as s from '../../schemas/entries.ts';
import { localeOfFile, localizedFileId } from '../content-files.ts';

export type Kind =
  | 'agency' | 'document' | 'programme' | 'strategy' | 'task' | 'plan' | 'roadmapField' | 'glossaryTerm'
  | 'measure' | 'measureTranslation' | 'narrative' | 'narrativeTranslation' | 'synonyms';

const yamlFolders: Record<string, Kind> = {
  agencies: 'agency',
  documents: 'document',
  programmes: 'programme',
  strategies: 'strategy',
  tasks: 'task',
  plans: 'plan',
  'roadmap-fields': 'roadmapField',
  glossary: 'glossaryTerm',
  search: 'synonyms',
};

export const schemas: Record<Kind, ZodType> = {
  agency: s.agency,
  document: s.sourceDocument,
  programme: s.programme,
  strategy: s.strategy,
  task: s.task,
  plan: s.plan,
  roadmapField: s.roadmapField,
  glossaryTerm: s.glossaryTerm,
  measure: s.measure,
  measureTranslation: s.translation,
  narrative: s.narrative,
  narrativeTranslation: s.translation,
  synonyms: s.synonymList,
};

/** What a file under content/ is, from its path (relative to content/), and its entry id. */
export function classify(path: string): { kind: Kind; id: string } | { error: string } {
  const [folder, ...rest] = path.split('/');
  const inner = rest.join('/');
  if (folder && folder in yamlFolders) {
    if (rest.length === 1 && inner.endsWith('.yaml')) return { kind: yamlFolders[folder]!, id: inner.slice(0, -5) };
    return { error: `a file named <id>.yaml directly in content/${folder}/` };
  }
  if (folder === 'measures' || folder === 'narratives') {
    const locale = localeOfFile(inner);
    if (!locale) return { error: `a file named <id>.ko.mdx or <id>.en.mdx in content/${folder}/` };
    const base = folder === 'measures' ? 'measure' : 'narrative';
    if (folder === 'measures' && !/^\d{4}\/\d+-\d+-\d+\.(ko|en)\.mdx$/.test(inner))
      return { error: 'a measure file named content/measures/<year>/<task>-<n>.ko.mdx (or .en.mdx), e.g. 2022/1-1-2.ko.mdx' };
    return { kind: (locale === 'ko' ? base : `${base}Translation`) as Kind, id: localizedFileId(inner) };
  }
  return { error: 'a file in one of the content folders (see docs/content-format.md)' };
}
