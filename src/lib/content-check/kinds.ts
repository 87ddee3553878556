// Which schema governs which file of content/.
import type { ZodType } from 'astro/zod';
import * as s from '../../schemas/entries.ts';
import { localeOfFile, localizedFileId } from '../content-files.ts';

export type Kind =
  | 'agency' | 'document' | 'programme' | 'strategy' | 'task' | 'plan' | 'roadmapEdition' | 'glossaryTerm'
  | 'measure' | 'measureTranslation' | 'narrative' | 'narrativeTranslation' | 'strategyTranslation'
  | 'roadmapField' | 'roadmapFieldTranslation' | 'synonyms' | 'theme' | 'link';

const yamlFolders: Record<string, Kind> = {
  agencies: 'agency',
  documents: 'document',
  programmes: 'programme',
  strategies: 'strategy',
  tasks: 'task',
  plans: 'plan',
  'roadmap-editions': 'roadmapEdition',
  glossary: 'glossaryTerm',
  search: 'synonyms',
  themes: 'theme',
  links: 'link',
};

/** Folders whose files sit in a folder per plan, and the name each file must have (strategies are MDX, Korean and English). */
const planScoped: Record<string, { name: RegExp; example: string; instance: string }> = {
  strategies: { name: /^\d+\.(ko|en)\.mdx$/, example: '<n>.ko.mdx (or .en.mdx)', instance: '1.ko.mdx' },
  tasks: { name: /^\d+-\d+\.yaml$/, example: '<strategy>-<task>.yaml', instance: '1-1.yaml' },
};

export const schemas: Record<Kind, ZodType> = {
  agency: s.agency,
  document: s.sourceDocument,
  programme: s.programme,
  strategy: s.strategy,
  task: s.task,
  plan: s.plan,
  roadmapEdition: s.roadmapEdition,
  roadmapField: s.roadmapField,
  roadmapFieldTranslation: s.translation,
  glossaryTerm: s.glossaryTerm,
  theme: s.theme,
  link: s.link,
  measure: s.measure,
  measureTranslation: s.translation,
  narrative: s.narrative,
  narrativeTranslation: s.translation,
  strategyTranslation: s.translation,
  synonyms: s.synonymList,
};

/** What a file under content/ is, from its path (relative to content/), and its entry id. */
export function classify(path: string): { kind: Kind; id: string } | { error: string } {
  const [folder, ...rest] = path.split('/');
  const inner = rest.join('/');
  // Strategies and tasks belong to a plan: its ordinal is their folder, so the id is `<plan>/<n>`.
  if (folder && folder in planScoped) {
    const { name, example, instance } = planScoped[folder]!;
    if (rest.length === 2 && /^\d+$/.test(rest[0]!) && name.test(rest[1]!)) {
      const id = inner.replace(/\.(yaml|ko\.mdx|en\.mdx)$/, '');
      return { kind: localeOfFile(inner) === 'en' ? 'strategyTranslation' : yamlFolders[folder]!, id };
    }
    return { error: `a file named content/${folder}/<plan>/${example}, e.g. content/${folder}/4/${instance}` };
  }
  if (folder && folder in yamlFolders) {
    if (folder === 'roadmap-editions' && !/^\d{4}\.yaml$/.test(inner)) return { error: 'an edition file named content/roadmap-editions/<year>.yaml, e.g. 2023.yaml' };
    if (rest.length === 1 && inner.endsWith('.yaml')) return { kind: yamlFolders[folder]!, id: inner.slice(0, -5) };
    return { error: `a file named <id>.yaml directly in content/${folder}/` };
  }
  if (folder === 'measures' || folder === 'narratives' || folder === 'roadmap-fields') {
    const locale = localeOfFile(inner);
    if (!locale) return { error: `a file named <id>.ko.mdx or <id>.en.mdx in content/${folder}/` };
    const base = ({ measures: 'measure', narratives: 'narrative', 'roadmap-fields': 'roadmapField' } as const)[folder];
    if (folder === 'measures' && !/^\d{4}\/\d+-\d+-\d+\.(ko|en)\.mdx$/.test(inner))
      return { error: 'a measure file named content/measures/<year>/<task>-<n>.ko.mdx (or .en.mdx), e.g. 2022/1-1-2.ko.mdx' };
    return { kind: (locale === 'ko' ? base : `${base}Translation`) as Kind, id: localizedFileId(inner) };
  }
  return { error: 'a file in one of the content folders (see docs/content-format.md)' };
}
