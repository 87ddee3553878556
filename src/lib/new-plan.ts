// The next promotion plan's content templates (`npm run new-plan -- <ordinal> <start> <end>`): its record, a
// first strategy (Korean and English) and a first task, each field to write left null with a note, so the
// check names every one.
// Pure: takes the content files, returns the files to create, or why not.
import type { ContentFile } from './content-check/index.ts';
import { readPlans } from './new-year.ts';

/** Notes written into the templates for staff (UI strings, from the dictionaries). */
export interface PlanTemplateNotes {
  /** Comment at the top of every template. */
  header: string;
  /** On the plan's title. */
  title: string;
  /** On the vision. */
  vision: string;
  /** On the targets list. */
  targets: string;
  /** On a strategy's or task's title. */
  entryTitle: string;
  /** On a task's empty schedule. */
  schedule: string;
  /** On a strategy's source (the document and section its body quotes). */
  strategySource: string;
  /** Comment in a strategy's body, per language. */
  strategyBody: { ko: string; en: string };
}

/** Plans the files of plan `ordinal` for the years `start`–`end`, right after the latest plan. */
export function planNewPlan(files: ContentFile[], ordinal: number, start: number, end: number, notes: PlanTemplateNotes): { create: ContentFile[] } | { error: string } {
  const latest = readPlans(files).at(-1);
  if (!latest) return { error: 'expected a plan in content/plans/, found none' };
  if (ordinal !== latest.ordinal + 1) return { error: `expected ${latest.ordinal + 1}, the plan after the latest (plan ${latest.ordinal}), found ${describe(ordinal)}` };
  if (start !== latest.period.end + 1) return { error: `expected ${latest.period.end + 1}, the year after plan ${latest.ordinal} ends (${latest.period.start}–${latest.period.end}), found ${describe(start)}` };
  if (!Number.isInteger(end) || end < start) return { error: `expected the last year of plan ${ordinal}, ${start} or later, found ${describe(end)}` };
  const header = `# ${notes.header}`;
  const create: ContentFile[] = [
    {
      path: `plans/${ordinal}.yaml`,
      text: [
        header,
        `title: { ko: null, en: null }  # ${notes.title}`,
        `period: { start: ${start}, end: ${end} }`,
        `vision: { ko: null, en: null }  # ${notes.vision}`,
        `targets: []  # ${notes.targets}`,
        '',
      ].join('\n'),
    },
    {
      path: `strategies/${ordinal}/1.ko.mdx`,
      text: ['---', header, `# ${notes.strategyBody.ko}`, `title: null  # ${notes.entryTitle}`, `year: ${start}`, `source: { document: null, section: null }  # ${notes.strategySource}`, '---', ''].join('\n'),
    },
    { path: `strategies/${ordinal}/1.en.mdx`, text: ['---', `# ${notes.strategyBody.en}`, `title: null  # ${notes.entryTitle}`, '---', ''].join('\n') },
    {
      path: `tasks/${ordinal}/1-1.yaml`,
      text: [header, 'strategy: 1', `title: { ko: null, en: null }  # ${notes.entryTitle}`, `schedule: []  # ${notes.schedule}`, ''].join('\n'),
    },
  ];
  const existing = create.filter((f) => files.some((x) => x.path === f.path)).map((f) => `content/${f.path}`);
  if (existing.length) return { error: `expected new files only, found existing ${existing.join(', ')}` };
  return { create };
}

const describe = (n: number) => (Number.isNaN(n) ? 'nothing' : String(n));
