// npm run new-year in a copy of the project: the templates fail the check, one line per unfilled figure and
// schedule; once filled in, the site builds and shows the new year on the home page and the task pages.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectCopy, type ProjectCopy, type Run } from '../support/project.ts';

let copy: ProjectCopy;
let scaffold: Run;
beforeAll(async () => {
  copy = await projectCopy();
  scaffold = copy.run('new-year.ts', '2024');
});
afterAll(async () => copy?.cleanup());

const page = (path: string) => readFile(join(copy.dir, 'dist', path, 'index.html'), 'utf8');

/**
 * Every template figure filled with the number its words state (the source says 보급 목표(3만개)), every timing
 * chosen; document 000 stands in for the 2024 plan, so its record reports the years of that plan.
 */
async function fillIn(): Promise<void> {
  const files: Record<string, string> = {
    'content/documents/000.yaml': (await readFile(join(copy.dir, 'content/documents/000.yaml'), 'utf8')).replace(/^reports: .*$/m, 'reports: { results: 2023, plans: 2024, targets: 2027 }'),
  };
  for (const dir of ['content/measures/2023', 'content/measures/2024', 'content/tasks']) {
    for (const name of await readdir(join(copy.dir, dir))) {
      const text = await readFile(join(copy.dir, dir, name), 'utf8');
      files[`${dir}/${name}`] = text
        .replace(/\n {4}todo: true {2}#.*\n {4}value: null\n {4}unit: \w+\n/g, '\n    value: 30000\n    unit: count\n')
        .replace(/quote: "", says: ""/g, 'quote: "보급 목표(3만개)", says: "3만개"')
        // A 2024 template may copy a result's basis; the 2024 plan can only state plans of 2024.
        .replace(/basis: (actual|cumulative)$/gm, (b) => (dir.endsWith('2024') ? 'basis: plan' : b))
        .replace(/timing: null \} {2}#.*$/m, 'timing: all-year }');
    }
  }
  await copy.write(files);
}

describe('new year', () => {
  it('creates the 2024 templates and refuses to run twice', () => {
    expect(scaffold.status, scaffold.output).toBe(0);
    expect(scaffold.output).toContain('created content/measures/2023/4-1-3.ko.mdx');
    expect(scaffold.output).toContain('created content/measures/2024/4-1-1.en.mdx');
    expect(scaffold.output).toContain('updated content/tasks/4-1.yaml');
    const again = copy.run('new-year.ts', '2024');
    expect(again.status).not.toBe(0);
    expect(again.output).toContain('new-year: expected 2025, the year after the latest measures (2024), found 2024');
  });

  it('fails the check naming every unfilled figure and schedule', async () => {
    const check = copy.run('check.ts');
    expect(check.status).not.toBe(0);
    const todo = Number(/(\d+) figures and 10 schedule timings to fill in/.exec(scaffold.output)?.[1]);
    const lines = check.output.split('\n');
    expect(lines.filter((l) => /^content\/measures\/202[34]\/\d-\d-\d+\.ko\.mdx:\d+ {2}figures\[\d+\]\.value {2}expected the figure filled in .*, found null$/.test(l))).toHaveLength(todo);
    expect(lines.filter((l) => /^content\/tasks\/\d-\d\.yaml:5 {2}schedule\[1\]\.timing {2}expected one of .*, found null$/.test(l))).toHaveLength(10);
    expect(check.output).toContain(`Content check failed: ${todo + 10} problem(s).`);
    expect(check.output).toContain('content/measures/2024/4-1-1.ko.mdx:10  figures[0].value  expected the figure filled in (todo: true marks a template: write value, source.quote and source.says, then delete the todo line), found null');
  });

  it('builds once filled in, showing 2024 on the home page, the task pages and the schedule', async () => {
    await fillIn();
    const build = copy.run('build.ts');
    expect(build.status, build.output.slice(-3000)).toBe(0);
    expect(await page('')).toContain('2023년에 한 일과 2024년에 할 일을');
    expect(await page('en')).toContain('See what was done in 2023 and what is planned for 2024');
    const task = await page('tasks/4-1');
    expect(task).toMatch(/<a href="#plan-2024">2024년도 시행계획<\/a>.*<a href="#plan-2023">2023년도 시행계획<\/a>/s);
    expect(task).toContain('<h3 id="y2023-result">2023년 추진 실적</h3>');
    expect(task).toContain('<h3 id="y2024-plan">2024년 세부 시행계획</h3>');
    expect(task).toContain('id="m-2024-4-1-1"');
    expect(await page('en/tasks/4-1')).toContain('<h2 id="plan-2024">2024 implementation plan</h2>');
    expect(await page('schedule')).toContain('<th scope="col">2024년도 시행계획</th><th scope="col">2023년도 시행계획</th>');
  });
});
