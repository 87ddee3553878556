// npm run new-year and npm run new-plan in a copy of the project. The 4th plan ends in 2023, so new-year 2024
// is refused with what to do; new-plan 5 2024 2028 writes templates that the check names one by one; once
// they are written, new-year 2024 adds the 2023 results to the 4th plan's tasks and the 5th plan's first year;
// filled in, the site builds with the 5th plan as current, the 4th as an archive at its old addresses.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectCopy, type ProjectCopy, type Run } from '../support/project.ts';
import { readPage } from '../support/pages.ts';

let copy: ProjectCopy;
let refused: Run;
beforeAll(async () => {
  copy = await projectCopy();
  refused = copy.run('new-year.ts', '2024');
});
afterAll(async () => copy?.cleanup());

const page = (path: string) => readPage(join(copy.dir, 'dist'), `/${path}/`.replace(/\/+/g, '/'));
const read = (path: string) => readFile(join(copy.dir, path), 'utf8');

/**
 * Every template figure filled with the number its words state (the summary says 보급 목표(3만개)), every timing
 * chosen; document 000 stands in for the 2024 plan, so its record reports the years of that plan.
 */
async function fillIn(dirs: string[]): Promise<void> {
  const files: Record<string, string> = {
    'content/documents/000.yaml': (await read('content/documents/000.yaml')).replace(/^reports: .*$/m, 'reports: { results: 2023, plans: 2024, targets: 2027 }'),
  };
  for (const dir of dirs) {
    for (const name of await readdir(join(copy.dir, dir))) {
      files[`${dir}/${name}`] = (await read(`${dir}/${name}`))
        .replace(/\n {4}todo: true {2}#.*\n {4}value: null\n {4}unit: \w+\n/g, '\n    value: 30000\n    unit: count\n')
        // The words stand in the plan's summary, so the figure cites that section (the check holds a quote to it).
        .replace(/section: [\w-]+, quote: "", says: ""/g, 'section: summary, quote: "보급 목표(3만개)", says: "3만개"')
        // A 2024 template may copy a result's basis; the 2024 plan can only state plans of 2024.
        .replace(/basis: (actual|cumulative)$/gm, (b) => (dir.endsWith('2024') ? 'basis: plan' : b))
        .replace(/^title: ""$/m, 'title: 시험용 과제')
        .replace(/label: \{ ko: "" \}/g, 'label: { ko: 시험용 수치, en: Test figure }')
        .replace(/timing: null \} {2}#.*$/m, 'timing: all-year }');
    }
  }
  await copy.write(files);
}

describe('new plan and new year', () => {
  it('refuses 2024 in the 4th plan, saying to add the next plan first', () => {
    expect(refused.status).not.toBe(0);
    expect(refused.output).toContain('new-year: expected a year of the current plan (plan 4, 2019–2023), found 2024: plan 4 ends in 2023. Add the next plan first (npm run new-plan -- 5 2024 <last year>), write its strategies and tasks, then run new-year again');
  });

  it('scaffolds the 5th plan as templates the check names one by one, and refuses to run twice', () => {
    const scaffold = copy.run('new-plan.ts', '5', '2024', '2028');
    expect(scaffold.status, scaffold.output).toBe(0);
    expect(scaffold.output).toContain('created content/plans/5.yaml\ncreated content/strategies/5/1.ko.mdx\ncreated content/strategies/5/1.en.mdx\ncreated content/tasks/5/1-1.yaml');
    const check = copy.run('check.ts');
    expect(check.status).not.toBe(0);
    expect(check.output).toContain('content/plans/5.yaml:2  title.ko  expected a string, found null');
    expect(check.output).toContain('content/tasks/5/1-1.yaml:3  title.en  expected a string, found null');
    expect(check.output).toContain('content/strategies/5/1.ko.mdx:6  source.document  expected a string, found null');
    expect(check.output).toContain('Content check failed: 10 problem(s).');
    const again = copy.run('new-plan.ts', '5', '2024', '2028');
    expect(again.output).toContain('new-plan: expected 6, the plan after the latest (plan 5), found 5');
  });

  it('adds the first year of the 5th plan, with the 2023 results on the 4th plan\'s tasks', async () => {
    const fill = (path: string, title: string) => read(path).then((t) => t.replace(/title: \{ ko: null, en: null \}/, `title: { ko: ${title}, en: Test ${title.length} }`));
    await copy.write({
      'content/plans/5.yaml': (await fill('content/plans/5.yaml', '시험용 제5차 계획')).replace('vision: { ko: null, en: null }', 'vision: { ko: 시험용 비전, en: Test vision }'),
      'content/strategies/5/1.ko.mdx': '---\ntitle: 시험용 전략\nyear: 2024\nsource: { document: "000", section: III }\n---\n- 시험용 본문\n',
      'content/strategies/5/1.en.mdx': '---\ntitle: Test strategy\n---\n- Test text\n',
      'content/tasks/5/1-1.yaml': await fill('content/tasks/5/1-1.yaml', '시험용 과제'),
    });
    const year = copy.run('new-year.ts', '2024');
    expect(year.status, year.output).toBe(0);
    expect(year.output).toContain('created content/measures/2023/4-1-3.ko.mdx');
    expect(year.output).toContain('created content/measures/2024/1-1-1.ko.mdx');
    expect(year.output).toContain('updated content/tasks/5/1-1.yaml');
    expect(year.output).not.toContain('updated content/tasks/4/');
    expect(await read('content/measures/2023/4-1-3.ko.mdx')).toContain('kind: result\ntask: 4-1\n');
    const check = copy.run('check.ts');
    expect(check.output).toContain('content/tasks/5/1-1.yaml:5  schedule[0].timing  expected one of "first-half" | "second-half" | "all-year", found null');
    expect(check.output).toContain('content/measures/2024/1-1-1.ko.mdx:3  title  expected a text that is not empty, found ""');
    expect(check.output).toContain('content/measures/2024/1-1-1.ko.mdx:11  figures[0].value  expected the figure filled in');
  });

  it('builds once filled in: the 5th plan is current, the 4th an archive at its old addresses', async () => {
    await fillIn(['content/measures/2023', 'content/measures/2024', 'content/tasks/5']);
    const build = copy.run('build.ts');
    expect(build.status, build.output.slice(-3000)).toBe(0);
    expect(await page('')).toContain('2023년에 한 일과 2024년에 할 일을');
    expect(await page('')).toContain('<a href="/plans/5/tasks/1-1/">');
    const task = await page('tasks/4-1');
    expect(task).toContain('제4차 중소기업 기술혁신 촉진계획의 기간(2019~2023)이 끝났습니다. 이 페이지는 그 기록으로 그대로 보존합니다.');
    expect(task).toContain('<h3 id="y2023-result">2023년 추진 실적</h3>');
    expect(task).toContain('id="m-2023-4-1-3"');
    expect(await page('plans/5/tasks/1-1')).toContain('id="m-2024-1-1-1"');
    expect(await page('en/plans/5/schedule')).toContain('<th scope="col">2024 implementation plan</th>');
  });
});
