// The new-plan scaffold on the small content set: the files it plans, what the check says of them, when it refuses.
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/content-check/index.ts';
import { planNewPlan } from '../../src/lib/new-plan.ts';
import { contentSet, sources } from '../fixtures/content.ts';

const notes = { header: 'template', title: 'name', vision: 'vision', targets: 'targets', entryTitle: 'title', schedule: 'later', strategySource: 'source', strategyBody: { ko: '본문', en: 'body' } };
const files = contentSet();

describe('new plan', () => {
  it('plans the record, a first strategy and a first task of the plan after the latest', () => {
    const plan = planNewPlan(files, 5, 2024, 2028, notes);
    if ('error' in plan) throw new Error(plan.error);
    expect(plan.create.map((f) => f.path)).toEqual(['plans/5.yaml', 'strategies/5/1.ko.mdx', 'strategies/5/1.en.mdx', 'tasks/5/1-1.yaml']);
    expect(plan.create[0]!.text).toBe('# template\ntitle: { ko: null, en: null }  # name\nperiod: { start: 2024, end: 2028 }\nvision: { ko: null, en: null }  # vision\ntargets: []  # targets\n');
  });

  it('leaves content that fails the check once per field to write, and nothing else', async () => {
    const plan = planNewPlan(files, 5, 2024, 2028, notes);
    if ('error' in plan) throw new Error(plan.error);
    expect((await checkContent([...files, ...plan.create], sources)).problems.map(formatProblem)).toEqual([
      'content/plans/5.yaml:2  title.ko  expected a string, found null',
      'content/plans/5.yaml:2  title.en  expected a string, found null',
      'content/plans/5.yaml:4  vision.ko  expected a string, found null',
      'content/plans/5.yaml:4  vision.en  expected a string, found null',
      'content/strategies/5/1.en.mdx:3  title  expected a string, found null',
      'content/strategies/5/1.ko.mdx:4  title  expected a string, found null',
      'content/strategies/5/1.ko.mdx:6  source.document  expected a string, found null',
      'content/strategies/5/1.ko.mdx:6  source.section  expected a string, found null',
      'content/tasks/5/1-1.yaml:3  title.ko  expected a string, found null',
      'content/tasks/5/1-1.yaml:3  title.en  expected a string, found null',
    ]);
  });

  it.each([
    [4, 2024, 2028, 'expected 5, the plan after the latest (plan 4), found 4'],
    [6, 2024, 2028, 'expected 5, the plan after the latest (plan 4), found 6'],
    [5, 2025, 2029, 'expected 2024, the year after plan 4 ends (2019–2023), found 2025'],
    [5, 2024, 2020, 'expected the last year of plan 5, 2024 or later, found 2020'],
    [5, 2024, Number.NaN, 'expected the last year of plan 5, 2024 or later, found nothing'],
  ])('refuses plan %s for %s–%s', (ordinal, start, end, error) => {
    expect(planNewPlan(files, ordinal, start, end, notes)).toEqual({ error });
  });

  it('refuses to overwrite an existing file', () => {
    const withStray = [...files, { path: 'tasks/5/1-1.yaml', text: 'strategy: 1\n' }];
    expect(planNewPlan(withStray, 5, 2024, 2028, notes)).toEqual({ error: 'expected new files only, found existing content/tasks/5/1-1.yaml' });
  });
});
