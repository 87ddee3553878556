// The worked example of a next plan (tests/fixtures/next-plan/): copied over content/ (and its source beside
// the real ones), the site builds with both plans. Every published address still serves its page, the new
// plan's pages exist under /plans/5/ and lead the home page and navigation, the 4th plan's pages say they are
// archived and link to the current plan, and search filters and open data carry both plans with their periods.
import { access, cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { builtFiles } from '../../src/lib/built-files.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disappearedUrls, publishedUrlList } from '../support/pages.ts';
import { projectCopy, root, sources, type ProjectCopy, type Run } from '../support/project.ts';

const fixture = join(import.meta.dirname, '../fixtures/next-plan');
let copy: ProjectCopy;
let sourcesDir: string;
let build: Run;
beforeAll(async () => {
  sourcesDir = await mkdtemp(join(tmpdir(), 'sources-'));
  await cp(sources, sourcesDir, { recursive: true });
  await cp(join(fixture, 'sources'), sourcesDir, { recursive: true });
  copy = await projectCopy({}, { sourcesDir });
  await cp(join(fixture, 'content'), join(copy.dir, 'content'), { recursive: true });
  build = copy.run('build.ts');
});
afterAll(async () => {
  await copy?.cleanup();
  if (sourcesDir) await rm(sourcesDir, { recursive: true, force: true });
});

const page = (path: string) => readFile(join(copy.dir, 'dist', path, 'index.html'), 'utf8');
const archived = '제4차 중소기업 기술혁신 촉진계획의 기간(2019~2023)이 끝났습니다. 이 페이지는 그 기록으로 그대로 보존합니다.';

describe('a next plan beside the 4th', () => {
  it('adds files only: no path of the fixture is a file of content/', async () => {
    const files = await builtFiles(join(fixture, 'content'));
    expect(files).toHaveLength(17);
    const existing = await Promise.all(files.map((f) => access(join(root, 'content', f)).then(() => f, () => undefined)));
    expect(existing.filter(Boolean)).toEqual([]);
  });

  it('builds', () => expect(build.status, build.output.slice(-3000)).toBe(0));

  it('keeps every published address', async () => {
    expect(await disappearedUrls(join(copy.dir, 'dist'))).toEqual([]);
    expect((await publishedUrlList()).filter((url) => url.includes('/plans/'))).toEqual([]); // the fixture is never published
  });

  it.each([
    '/plans/5/', '/plans/5/strategies/1/', '/plans/5/strategies/2/', '/plans/5/tasks/1-1/', '/plans/5/tasks/1-2/', '/plans/5/tasks/2-1/',
    '/plans/5/schedule/', '/measures/2024-1-1-1/', '/measures/2023-1-1-3/', '/en/plans/5/tasks/1-1/', '/en/plans/5/',
  ])('has %s', async (path) => expect(await page(path)).toContain('<h1'));

  it('leads the home page and the navigation with the 5th plan, the 4th linked as an earlier plan', async () => {
    const home = await page('');
    expect(home).toContain('2023년에 한 일과 2024년에 할 일을');
    expect(home).toContain('<h2 id="strategies">2대 전략과 3대 과제</h2>');
    expect(home).toContain('<a href="/plans/5/strategies/1/"><span class="label">전략 1</span> 가상 전략 하나</a>');
    expect(home).toContain('<a href="/plans/5/tasks/2-1/"><span class="label">2-1</span> 가상 과제 다</a>');
    expect(home).not.toContain('href="/tasks/1-1/"');
    expect(home).toMatch(/<h2 id="archive">지난 계획<\/h2>\s*<ul><li><a href="\/plan\/">제4차 중소기업 기술혁신 촉진계획 \(2019–2023\)<\/a>/);
    expect(home).toContain('<a href="/plans/5/schedule/"');
    expect(await page('en')).toContain('<a href="/en/plans/5/tasks/1-1/"><span class="label">1-1</span> Fictional task A</a>');
  });

  it.each(['/plan/', '/strategies/1/', '/tasks/1-1/', '/schedule/', '/measures/2022-1-1-1/', '/measures/2023-1-1-3/'])(
    'the 4th plan\'s %s says it is archived and links to the current plan', async (path) => {
      const html = await page(path);
      expect(html).toContain(archived);
      expect(html).toContain('<a href="/plans/5/">현행 계획: 제5차 중소기업 기술혁신 촉진계획(가상 예시) (2024–2028)</a>');
    });

  it('does not call the 5th plan\'s pages archived', async () => {
    for (const path of ['/plans/5/', '/plans/5/tasks/1-1/', '/measures/2024-1-1-1/']) expect(await page(path)).not.toContain(archived);
  });

  it('keeps the two task 1-1 apart, the 2023 result on the 4th plan\'s', async () => {
    const fourth = await page('tasks/1-1');
    expect(fourth).toContain('<h1><span class="label">1-1</span> 혁신역량 기반 R&amp;D 사업구조 개편</h1>');
    expect(fourth).toContain('id="m-2023-1-1-3"');
    expect(fourth).not.toContain('id="m-2024-1-1-1"');
    const fifth = await page('plans/5/tasks/1-1');
    expect(fifth).toContain('<h1><span class="label">1-1</span> 가상 과제 가</h1>');
    expect(fifth).toContain('id="m-2024-1-1-1"');
    expect(fifth).toContain('<a href="/plans/5/strategies/1/">');
    // Continued across plans: the 4th plan's 2023 measure is linked from the 5th's 2024 one.
    expect(fifth).toContain('href="/tasks/1-1/#m-2023-1-1-1"');
  });

  it('carries the plan in search filters', async () => {
    expect(await page('plans/5/tasks/1-1')).toContain('data-pagefind-filter="plan:5"');
    expect(await page('plans/5/tasks/1-1')).toContain('data-pagefind-filter="task:5/1-1"');
    expect(await page('tasks/1-1')).toContain('data-pagefind-filter="task:1-1"');
    expect(await page('tasks/1-1')).toContain('data-pagefind-filter="plan:4"');
    const search = await page('search');
    expect(search).toContain('<option value="4">제4차 중소기업 기술혁신 촉진계획 (2019–2023)</option>');
    expect(search).toContain('<option value="5">제5차 중소기업 기술혁신 촉진계획(가상 예시) (2024–2028)</option>');
    expect(search).toContain('<option value="5/1-1">제5차 · 1-1 가상 과제 가</option>');
  });

  it('lists in the footer the documents of the page\'s plan, not every document', async () => {
    const footer = async (path: string) => (/<footer[\s\S]*<\/footer>/.exec(await page(path))?.[0] ?? '').replace(/<[^>]+>/g, ' ');
    for (const path of ['plans/5/tasks/1-1', 'measures/2024-1-1-1', '']) {
      expect(await footer(path)).toContain('시험용 가상 예시 문서(실제 정책 문서 아님)');
      expect(await footer(path)).not.toContain('2023년도 시행계획');
    }
    for (const path of ['tasks/1-1', 'measures/2023-1-1-3', 'roadmap']) {
      expect(await footer(path)).toContain('「제4차 중소기업 기술혁신 촉진계획(2019~2023) 2023년도 시행계획」');
      expect(await footer(path)).toContain('「2022~2024년 중소기업 기술일정계획(로드맵)」 발표');
      expect(await footer(path)).not.toContain('시험용 가상 예시 문서');
    }
  });

  it('carries the plan and its period in open data', async () => {
    const measures = JSON.parse(await readFile(join(copy.dir, 'dist/data/measures.json'), 'utf8')) as { id: string; plan: number; planPeriod: object; task: string }[];
    expect(measures.find((m) => m.id === '2024-1-1-1')).toMatchObject({ plan: 5, planPeriod: { start: 2024, end: 2028 }, task: '1-1' });
    expect(measures.find((m) => m.id === '2023-1-1-3')).toMatchObject({ plan: 4, planPeriod: { start: 2019, end: 2023 }, task: '1-1' });
    const csv = await readFile(join(copy.dir, 'dist/data/measures.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toContain('id,year,kind,plan,plan_start,plan_end,strategy,task');
    expect(csv).toContain('2024-1-1-1,2024,plan,5,2024,2028,1,1-1,');
    const figures = JSON.parse(await readFile(join(copy.dir, 'dist/data/figures.json'), 'utf8')) as { id: string; plan?: number }[];
    expect(figures.find((f) => f.id === 'plan-2028-fixture-indicator')?.plan).toBe(5);
    expect(figures.find((f) => f.id === '1-1-2022-growth-rd')?.plan).toBe(4);
  });
});
