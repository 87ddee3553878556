// The next year's content templates, planned from the current year's structure (`npm run new-year -- <year>`).
// A year belongs to the plan whose period includes it; the first year of a new plan starts from its tasks.
// Pure: takes the content files, returns the files to create and the task files to change, or why not.
import type { ContentFile } from './content-check/index.ts';
import { parseContentFile } from './content-check/parse.ts';
import { measureYears } from './measures.ts';
import { planOfYear, type PlanPeriod } from './plans.ts';

interface TemplateSource {
  title: string;
  titleEn?: string;
  programmes: string[];
  figures: { id: string; unit: string; basis: string; label: { ko: string; en?: string }; source: { document: string }; programme?: string }[];
}

/** Notes written into the templates for staff (UI strings, from the dictionaries). */
export interface TemplateNotes {
  /** On each `todo: true` line. */
  todo: string;
  /** On each new schedule entry. */
  timing: string;
  /** Comment at the top of a template's text, per language. */
  body: { ko: string; en: string };
}

export interface NewYearPlan {
  /** Files that must not exist yet. */
  create: ContentFile[];
  /** Task files with the new year's schedule entry added. */
  update: ContentFile[];
  /** Ids of the template figures staff must fill in. */
  todoFigures: string[];
}

const measurePath = /^measures\/(\d{4})\/(\d+-\d+)-(\d+)\.(ko|en)\.mdx$/;

/** Plans of content/plans/<ordinal>.yaml with their periods, oldest first. */
export function readPlans(files: ContentFile[]): PlanPeriod[] {
  return files
    .flatMap((f) => {
      const ordinal = /^plans\/(\d+)\.yaml$/.exec(f.path)?.[1];
      const period = ordinal ? (read(f.text) as { period?: { start?: unknown; end?: unknown } }).period : undefined;
      return ordinal && typeof period?.start === 'number' && typeof period.end === 'number' ? [{ ordinal: Number(ordinal), period: { start: period.start, end: period.end } }] : [];
    })
    .sort((a, b) => a.ordinal - b.ordinal);
}

/** Task numbers of a plan (`1-1`), from content/tasks/<plan>/. */
function tasksOf(files: ContentFile[], plan: number): string[] {
  return files.flatMap((f) => new RegExp(`^tasks/${plan}/(\\d+-\\d+)\\.yaml$`).exec(f.path)?.[1] ?? []).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/**
 * Adds year Y+1 to the current plan, Y being the latest year with measures. For every plan measure of Y, a
 * result of Y numbered after the measures that task already has that year (so no id collides), attached to
 * the task it was planned under; and a plan measure of Y+1: continuing it when Y+1 is in the same plan, or one
 * blank per task of the new plan when Y+1 is its first year. Template figures (`todo: true`, `value: null`)
 * are copied from the plan measure's figures, or one blank figure. Every task of the plan of Y+1 gets a
 * schedule entry with `timing: null`. The check reports every one of them until it is filled in.
 */
export function planNewYear(files: ContentFile[], year: number, notes: TemplateNotes): NewYearPlan | { error: string } {
  const byPath = new Map(files.map((f) => [f.path, f.text]));
  const measures = files.flatMap((f) => {
    const m = measurePath.exec(f.path);
    return m && m[4] === 'ko' ? [{ path: f.path, year: Number(m[1]), task: m[2]!, n: Number(m[3]) }] : [];
  });
  const current = measureYears(measures.map((m) => `${m.year}-${m.task}-${m.n}`)).at(-1);
  if (current === undefined) return { error: 'expected measures in content/measures/, found none' };
  if (year !== current + 1) return { error: `expected ${current + 1}, the year after the latest measures (${current}), found ${year}` };
  const plans = readPlans(files);
  const previous = planOfYear(plans, current);
  const plan = planOfYear(plans, year);
  if (!previous) return { error: `expected a plan in content/plans/ whose period includes ${current}, found none` };
  if (!plan)
    return {
      error: `expected a year of the current plan (plan ${previous.ordinal}, ${previous.period.start}–${previous.period.end}), found ${year}: ` +
        `plan ${previous.ordinal} ends in ${previous.period.end}. Add the next plan first (npm run new-plan -- ${previous.ordinal + 1} ${year} <last year>), write its strategies and tasks, then run new-year again`,
    };
  const tasks = tasksOf(files, plan.ordinal);
  if (!tasks.length) return { error: `expected the tasks of plan ${plan.ordinal} in content/tasks/${plan.ordinal}/, found none (write them from the templates of npm run new-plan first)` };

  const figureIds = new Set(files.flatMap((f) => [...f.text.matchAll(/^\s*-?\s*id:\s*(\S+)\s*$/gm)].map((m) => m[1]!)));
  const uniqueId = (base: string) => {
    let id = base;
    for (let i = 2; figureIds.has(id); i++) id = `${base}-${i}`;
    figureIds.add(id);
    return id;
  };
  const create: ContentFile[] = [];
  const update: ContentFile[] = [];
  const todoFigures: string[] = [];
  const blank: TemplateSource = { title: '', programmes: [], figures: [] };
  const add = (source: TemplateSource, task: string, m: { path: string; kind: 'result' | 'plan'; year: number; continues: string[]; suffix: string }) => {
    const section = `${m.kind === 'result' ? 'II' : 'IV'}-${task}`;
    const figures = (source.figures.length ? source.figures : [undefined]).map((f, j) => {
      const what = f ? f.id.replace(new RegExp(`^${task}-${current}-`), '') : `measure-${m.path.split('-').at(-1)}-${j + 1}`;
      const id = uniqueId(`${task}-${m.year}-${what}${m.suffix}`);
      todoFigures.push(id);
      return {
        id,
        unit: f?.unit ?? 'count',
        year: m.year,
        // A running total or a roadmap edition's count keeps its basis; other results are actual, plans plan.
        basis: m.kind === 'result' ? (f?.basis === 'cumulative' || f?.basis === 'edition' ? f.basis : 'actual') : f && f.basis !== 'actual' ? f.basis : 'plan',
        label: f?.label ?? { ko: source.title, en: source.titleEn },
        document: f?.source.document ?? '000',
        section,
        programme: f?.programme,
      };
    });
    create.push(
      { path: `${m.path}.ko.mdx`, text: koTemplate(source, m.kind, task, m.continues, figures, notes) },
      { path: `${m.path}.en.mdx`, text: enTemplate(source, figures, notes) },
    );
  };

  // Results of the latest year, on the tasks they were planned under (in the next plan's first year too).
  const samePlan = previous.ordinal === plan.ordinal;
  for (const task of tasksOf(files, previous.ordinal)) {
    const ofYear = measures.filter((m) => m.task === task && m.year === current).sort((a, b) => a.n - b.n);
    const planned = ofYear.filter((m) => (read(byPath.get(m.path)!) as { kind?: string }).kind === 'plan');
    let next = Math.max(0, ...ofYear.map((m) => m.n)) + 1;
    planned.forEach((p, i) => {
      const source = templateSource(byPath, p.path);
      const resultId = `${current}-${task}-${next}`;
      add(source, task, { path: `measures/${current}/${task}-${next}`, kind: 'result', year: current, continues: [], suffix: '-actual' });
      if (samePlan) add(source, task, { path: `measures/${year}/${task}-${i + 1}`, kind: 'plan', year, continues: [resultId], suffix: '' });
      next += 1;
    });
  }
  if (!samePlan) for (const task of tasks) add(blank, task, { path: `measures/${year}/${task}-1`, kind: 'plan', year, continues: [], suffix: '' });

  for (const task of tasks) {
    const taskPath = `tasks/${plan.ordinal}/${task}.yaml`;
    const scheduled = read(byPath.get(taskPath)!) as { schedule?: { year?: number }[] };
    if (scheduled.schedule?.some((s) => s.year === year)) return { error: `expected no ${year} schedule yet, found one in content/${taskPath}` };
    const updated = withScheduleEntry(byPath.get(taskPath)!, year, notes.timing);
    if (updated === undefined) return { error: `expected a "schedule:" list in content/${taskPath}, found none` };
    update.push({ path: taskPath, text: updated });
  }
  const existing = create.filter((f) => byPath.has(f.path)).map((f) => `content/${f.path}`);
  if (existing.length) return { error: `expected new files only, found existing ${existing.join(', ')}` };
  return { create, update, todoFigures };
}

function read(text: string): unknown {
  const path = text.startsWith('---') ? 'x.mdx' : 'x.yaml';
  const parsed = parseContentFile(path, text);
  return 'data' in parsed ? parsed.data : {};
}

function templateSource(byPath: Map<string, string>, koPath: string): TemplateSource {
  const ko = read(byPath.get(koPath)!) as Partial<TemplateSource>;
  const en = byPath.get(koPath.replace('.ko.mdx', '.en.mdx'));
  return { title: ko.title ?? '', titleEn: en ? (read(en) as { title?: string }).title : undefined, programmes: ko.programmes ?? [], figures: ko.figures ?? [] };
}

/** A YAML scalar that is always read back as the same string. */
const str = (s: string) => JSON.stringify(s);

interface TemplateFigure {
  id: string;
  unit: string;
  year: number;
  basis: string;
  label: { ko: string; en?: string };
  document: string;
  section: string;
  programme?: string;
}

function koTemplate(source: TemplateSource, kind: string, task: string, continues: readonly string[], figures: TemplateFigure[], notes: TemplateNotes): string {
  const lines = ['---', `# ${notes.body.ko}`, `title: ${str(source.title)}`, `kind: ${kind}`, `task: ${task}`];
  if (kind === 'plan') lines.push(`continues: [${continues.join(', ')}]`);
  lines.push(`programmes: [${source.programmes.join(', ')}]`, 'figures:');
  for (const f of figures) {
    lines.push(
      `  - id: ${f.id}`,
      `    todo: true  # ${notes.todo}`,
      '    value: null',
      `    unit: ${f.unit}`,
      `    year: ${f.year}`,
      `    basis: ${f.basis}`,
      `    label: { ko: ${str(f.label.ko)}${f.label.en ? `, en: ${str(f.label.en)}` : ''} }`,
      `    source: { document: ${str(f.document)}, section: ${f.section}, quote: "", says: "" }`,
    );
    if (f.programme) lines.push(`    programme: ${f.programme}`);
  }
  // Each figure's label is in its record above; the text around it is rewritten from the new source.
  lines.push('---', ...figures.map((f) => `- <Fig id="${f.id}" />`), '');
  return lines.join('\n');
}

function enTemplate(source: TemplateSource, figures: TemplateFigure[], notes: TemplateNotes): string {
  const title = source.titleEn ?? source.title;
  return ['---', `# ${notes.body.en}`, `title: ${str(title)}`, '---', ...figures.map((f) => `- <Fig id="${f.id}" />`), ''].join('\n');
}

/** Adds `- { year, timing: null }` after the last entry of the task's schedule list (or to an empty `schedule: []`), keeping the rest as written. */
export function withScheduleEntry(text: string, year: number, note: string): string | undefined {
  const lines = text.replace(/\n$/, '').split('\n');
  const start = lines.findIndex((l) => /^schedule:\s*(\[\s*\])?\s*(#.*)?$/.test(l));
  if (start < 0) return undefined;
  lines[start] = 'schedule:';
  let end = start + 1;
  while (end < lines.length && /^\s+-/.test(lines[end]!)) end++;
  lines.splice(end, 0, `  - { year: ${year}, timing: null }  # ${note}`);
  return `${lines.join('\n')}\n`;
}
