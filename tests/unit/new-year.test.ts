// The new-year scaffold on the small content set: which files it plans, their ids, and when it refuses.
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/content-check/index.ts';
import { planNewYear, withScheduleEntry, type NewYearPlan } from '../../src/lib/new-year.ts';
import { planNewPlan } from '../../src/lib/new-plan.ts';
import { planYears } from '../../src/lib/measures.ts';
import { contentSet, sources } from '../fixtures/content.ts';

const notes = { todo: 'fill in', timing: 'choose', body: { ko: '서식', en: 'template' } };
const planNotes = { header: 'template', title: 'name', vision: 'vision', targets: 'targets', entryTitle: 'title', schedule: 'later', strategySource: 'source', strategyBody: { ko: '본문', en: 'body' } };
const plan2023 = `---
title: 스마트공장 고도화
kind: plan
task: 2-1
continues: [2022-2-1-1]
figures:
  - id: 2-1-2023-target
    value: 30000
    unit: count
    year: 2023
    basis: target
    label: { ko: 보급 목표, en: Deployment target }
    source: { document: "000", section: IV-2-1, quote: "목표치(3만개)", says: "3만개" }
---
- **목표**: <Fig id="2-1-2023-target" />
`;
const with2023 = { 'measures/2023/2-1-1.ko.mdx': plan2023, 'measures/2023/2-1-1.en.mdx': '---\ntitle: Upgrading smart factories\n---\n<Fig id="2-1-2023-target" />\n' };
const plan4 = (end: number) => `title: { ko: 제4차 계획, en: 4th plan }\nperiod: { start: 2019, end: ${end} }\nvision: { ko: 혁신생태계, en: Innovation ecosystem }\ntargets: []\n`;
// A 4th plan that runs to 2024, so that 2024 is a year of the current plan.
const files = contentSet({ ...with2023, 'plans/4.yaml': plan4(2024) });

function planned(year: number): NewYearPlan {
  const result = planNewYear(files, year, notes);
  if ('error' in result) throw new Error(result.error);
  return result;
}

describe('new year', () => {
  it('plans a result of the current year numbered after its measures, and a next-year plan continuing it', () => {
    const plan = planned(2024);
    expect(plan.create.map((f) => f.path)).toEqual([
      'measures/2023/2-1-2.ko.mdx', 'measures/2023/2-1-2.en.mdx', 'measures/2024/2-1-1.ko.mdx', 'measures/2024/2-1-1.en.mdx',
    ]);
    expect(plan.todoFigures).toEqual(['2-1-2023-target-actual', '2-1-2024-target']);
    expect(plan.create[2]!.text).toContain('kind: plan\ntask: 2-1\ncontinues: [2023-2-1-2]\n');
    expect(plan.create[0]!.text).toContain('  - id: 2-1-2023-target-actual\n    todo: true  # fill in\n    value: null\n    unit: count\n    year: 2023\n    basis: actual\n');
    expect(plan.update).toEqual([{ path: 'tasks/4/2-1.yaml', text: expect.stringContaining('\n  - { year: 2023, timing: all-year }\n  - { year: 2024, timing: null }  # choose\n') }]);
  });

  it('adds the year to the plan years once the templates exist', () => {
    const measures = [...files, ...planned(2024).create].filter((f) => /^measures\/.+\.ko\.mdx$/.test(f.path)).map((f) => ({
      id: f.path.replace(/^measures\/(\d{4})\/(.+)\.ko\.mdx$/, '$1-$2'),
      kind: /kind: (result|plan)/.exec(f.text)![1] as 'result' | 'plan',
    }));
    expect(planYears(measures)).toEqual([2023, 2024]);
  });

  it('leaves content that fails the check once per template figure and schedule, and nothing else', async () => {
    const plan = planned(2024);
    const byPath = new Map([...files, ...plan.create, ...plan.update].map((f) => [f.path, f]));
    const problems = (await checkContent([...byPath.values()], sources)).problems.map(formatProblem);
    expect(problems).toEqual([
      'content/measures/2023/2-1-2.ko.mdx:10  figures[0].value  expected the figure filled in (todo: true marks a template: write value, source.quote and source.says, then delete the todo line), found null',
      'content/measures/2024/2-1-1.ko.mdx:11  figures[0].value  expected the figure filled in (todo: true marks a template: write value, source.quote and source.says, then delete the todo line), found null',
      'content/tasks/4/2-1.yaml:5  schedule[1].timing  expected one of "first-half" | "second-half" | "all-year", found null',
    ]);
  });

  it.each([2023, 2025, Number.NaN])('refuses %s (only the year after the latest is allowed)', (year) => {
    expect(planNewYear(files, year, notes)).toEqual({ error: `expected 2024, the year after the latest measures (2023), found ${year}` });
  });

  it('adds a first schedule entry to an empty schedule', () => {
    expect(withScheduleEntry('strategy: 1\nschedule: []  # later\n', 2024, 'note')).toBe('strategy: 1\nschedule:\n  - { year: 2024, timing: null }  # note\n');
  });

  it('refuses to overwrite an existing file', () => {
    const withOrphan = [...files, { path: 'measures/2024/2-1-1.en.mdx', text: '---\ntitle: x\n---\n' }];
    expect(planNewYear(withOrphan, 2024, notes)).toEqual({ error: 'expected new files only, found existing content/measures/2024/2-1-1.en.mdx' });
  });

  it('refuses a year the schedules already have', () => {
    const scheduled = files.map((f) => (f.path === 'tasks/4/2-1.yaml' ? { ...f, text: `${f.text}  - { year: 2024, timing: all-year }\n` } : f));
    expect(planNewYear(scheduled, 2024, notes)).toEqual({ error: 'expected no 2024 schedule yet, found one in content/tasks/4/2-1.yaml' });
  });

  it('refuses a year after the current plan, saying to add the next plan first', () => {
    expect(planNewYear(contentSet(with2023), 2024, notes)).toEqual({
      error: 'expected a year of the current plan (plan 4, 2019–2023), found 2024: plan 4 ends in 2023. Add the next plan first (npm run new-plan -- 5 2024 <last year>), write its strategies and tasks, then run new-year again',
    });
  });

  it('starts a new plan: last results on the tasks they were planned under, a blank plan measure per new task', async () => {
    const templates = planNewPlan(contentSet(with2023), 5, 2024, 2028, planNotes);
    if ('error' in templates) throw new Error(templates.error);
    const next = [...contentSet(with2023), ...templates.create];
    const plan = planNewYear(next, 2024, notes);
    if ('error' in plan) throw new Error(plan.error);
    expect(plan.create.map((f) => f.path)).toEqual([
      'measures/2023/2-1-2.ko.mdx', 'measures/2023/2-1-2.en.mdx', 'measures/2024/1-1-1.ko.mdx', 'measures/2024/1-1-1.en.mdx',
    ]);
    expect(plan.create[0]!.text).toContain('kind: result\ntask: 2-1\n');
    expect(plan.create[2]!.text).toContain('kind: plan\ntask: 1-1\ncontinues: []\n');
    expect(plan.todoFigures).toEqual(['2-1-2023-target-actual', '1-1-2024-measure-1-1']);
    expect(plan.update.map((f) => f.path)).toEqual(['tasks/5/1-1.yaml']);
    expect(plan.update[0]!.text).toContain('schedule:\n  - { year: 2024, timing: null }  # choose\n');
  });

  it('inserts a schedule entry after the last one, keeping the lines after it', () => {
    expect(withScheduleEntry('schedule:\n  - { year: 2023, timing: all-year }\nstrategy: 2\n', 2024, 'note')).toBe(
      'schedule:\n  - { year: 2023, timing: all-year }\n  - { year: 2024, timing: null }  # note\nstrategy: 2\n');
  });
});
