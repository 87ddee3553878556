// Whether content presents all of document 000: each item of its outline (□ blocks, prose sections, tables,
// Ⅴ schedule rows) with the entry that presents it, or the problem that keeps it from being covered.
// The mapping is data in content (a measure's `source`, the plan's `sourceBlocks`, a narrative's `source`).
import { splitPlanKey } from './plans.ts';
import type { ContentFile } from './content-check/index.ts';
import { classify } from './content-check/kinds.ts';
import { parseContentFile } from './content-check/parse.ts';
import { squash } from './fidelity.ts';
import { sectionLabel, type ScheduleTiming, type SourceBlock, type SourceOutline } from './source-outline.ts';

interface BlockRef {
  section: string;
  heading: string;
}

/** What coverage needs to know of each content entry. */
export interface CoverageContent {
  measures: { id: string; source: BlockRef & { tables: string[] }; tablesKo: number; tablesEn?: number }[];
  narratives: { id: string; document: string; section: string }[];
  plans: { id: string; sourceBlocks: BlockRef[] }[];
  tasks: { id: string; schedule: { year: number; timing: ScheduleTiming | null }[] }[];
}

export type ItemKind = 'block' | 'section' | 'table' | 'schedule';

export interface CoverageItem {
  kind: ItemKind;
  /** How staff find the item in the source: `Ⅱ-2-1 □1 스마트 공장 30,000개 보급 확산`. */
  label: string;
  /** The entry that presents it, e.g. `measure 2022-2-1-1`. */
  entry?: string;
  /** Why it is not covered, when it is not. */
  problem?: string;
}

/** Every outline item with its entry or its problem, in source order per kind. */
export function coverage(outline: SourceOutline, content: CoverageContent): CoverageItem[] {
  const sameBlock = (ref: BlockRef, block: SourceBlock) => ref.section === block.section && squash(ref.heading) === squash(block.heading);
  const items: CoverageItem[] = [];

  // Ⅱ and Ⅳ blocks are measures (id position = block position); Ⅰ blocks are the plan record.
  for (const block of outline.blocks) {
    const label = `${sectionLabel(block.section)} □${block.position} ${block.heading}`;
    if (block.section.startsWith('I-')) {
      const plans = content.plans.filter((p) => p.sourceBlocks.some((ref) => sameBlock(ref, block)));
      items.push(plans.length ? { kind: 'block', label, entry: `plan ${plans[0]!.id}` } : { kind: 'block', label, problem: 'no plan entry' });
      continue;
    }
    const measures = content.measures.filter((m) => sameBlock(m.source, block));
    const entry = measures.map((m) => `measure ${m.id}`).join(', ') || undefined;
    const expectedSuffix = `-${block.section.split('-').slice(1).join('-')}-${block.position}`;
    const problem =
      measures.length === 0 ? 'no measure entry'
      : measures.length > 1 ? 'more than one measure entry'
      : !measures[0]!.id.endsWith(expectedSuffix) ? `measure ${measures[0]!.id} is not numbered by its block's position (…${expectedSuffix})`
      : undefined;
    items.push({ kind: 'block', label, entry, problem });
  }

  // Sections without □ blocks (the summary, Ⅲ) are narratives; Ⅴ is the tasks' schedule, checked row by row.
  const sectionsWithBlocks = new Set(outline.blocks.map((b) => b.section));
  for (const { code } of outline.sections.filter((s) => !sectionsWithBlocks.has(s.code) && s.code !== 'V')) {
    const narrative = content.narratives.find((n) => n.document === '000' && n.section === code);
    items.push({ kind: 'section', label: sectionLabel(code), entry: narrative && `narrative ${narrative.id}`, problem: narrative ? undefined : 'no narrative entry' });
  }

  for (const table of outline.tables) {
    const label = `${sectionLabel(table.section)} □${table.block} table "${table.title}"`;
    const block = outline.blocks.find((b) => b.section === table.section && b.position === table.block)!;
    const measure = content.measures.find((m) => sameBlock(m.source, block) && m.source.tables.some((t) => squash(t) === squash(table.title)));
    const recorded = measure?.source.tables.length ?? 0;
    const problem =
      !measure ? 'no measure records it in source.tables'
      : measure.tablesKo < recorded ? `the Korean text of measure ${measure.id} has ${measure.tablesKo} table(s) for ${recorded} recorded`
      : measure.tablesEn !== undefined && measure.tablesEn !== measure.tablesKo ? `the English text of measure ${measure.id} has ${measure.tablesEn} table(s), the Korean ${measure.tablesKo}`
      : undefined;
    items.push({ kind: 'table', label, entry: measure && `measure ${measure.id}`, problem });
  }

  for (const row of outline.schedule) {
    const label = `Ⅴ ${row.task} ${row.title} (${row.timing} ${row.year})`;
    const task = content.tasks.find((t) => t.id === row.task);
    const entry = task?.schedule.find((s) => s.year === row.year);
    const problem =
      !task ? 'no task entry'
      : !entry ? `task ${task.id} has no schedule for ${row.year}`
      : entry.timing !== row.timing ? `task ${task.id} has schedule ${entry.timing} ${entry.year}`
      : undefined;
    items.push({ kind: 'schedule', label, entry: task && `task ${task.id}`, problem });
  }
  for (const task of content.tasks.filter((t) => !outline.schedule.some((row) => row.task === t.id)))
    items.push({ kind: 'schedule', label: `task ${task.id}`, entry: `task ${task.id}`, problem: 'no row in the Ⅴ schedule' });
  return items;
}

/** `Ⅱ-2-1 □1 …: no measure entry`, one line per item that is not covered. */
export function coverageProblems(items: CoverageItem[]): string[] {
  return items.filter((i) => i.problem).map((i) => `${i.label}: ${i.problem}`);
}

/** GFM tables in a Markdown text, counted by their delimiter rows (`| --- | --- |`). */
export function markdownTableCount(markdown: string): number {
  return markdown.split('\n').filter((line) => /^\s*\|?(\s*:?-+:?\s*\|)+\s*(:?-+:?\s*)?$/.test(line)).length;
}

/** The coverage facts of content files (as read for the content check); files that do not parse are left out. */
export function coverageContent(files: ContentFile[]): CoverageContent {
  const content: CoverageContent = { measures: [], narratives: [], plans: [], tasks: [] };
  const englishTables = new Map<string, number>();
  const tasks: { plan: number; id: string; schedule: CoverageContent['tasks'][number]['schedule'] }[] = [];
  for (const { path, text } of files) {
    const what = classify(path);
    const parsed = parseContentFile(path, text);
    if ('error' in what || !('data' in parsed)) continue;
    const data = parsed.data as Record<string, any>;
    if (what.kind === 'measure' && data.source)
      content.measures.push({ id: what.id, source: { tables: [], ...data.source }, tablesKo: markdownTableCount(parsed.body) });
    else if (what.kind === 'measureTranslation') englishTables.set(what.id, markdownTableCount(parsed.body));
    else if (what.kind === 'narrative' && data.source) content.narratives.push({ id: what.id, ...data.source });
    else if (what.kind === 'plan') content.plans.push({ id: what.id, sourceBlocks: data.sourceBlocks ?? [] });
    else if (what.kind === 'task' && data.schedule) tasks.push({ ...splitPlanKey(what.id), id: splitPlanKey(what.id).code, schedule: data.schedule });
  }
  // Document 000's schedule (Ⅴ) lists the tasks of the plan it presents: the plan whose record has its □ blocks.
  const presented = new Set(content.plans.filter((p) => p.sourceBlocks.length > 0).map((p) => Number(p.id)));
  content.tasks = tasks.filter((t) => presented.has(t.plan)).map(({ id, schedule }) => ({ id, schedule }));
  for (const m of content.measures) m.tablesEn = englishTables.get(m.id);
  return content;
}
