// The worked example of a next plan (tests/fixtures/next-plan/): copied over content/ (and its source beside
// the real ones), the site builds with both plans. Every published address still serves its page, the new
// plan's pages exist under /plans/5/ and lead the home page and navigation, the 4th plan's pages say they are
// archived and link to the current plan, and search filters and open data carry both plans with their periods.
// Its fictional 2025 roadmap edition renames one field (섬유 → 가상섬유(예시)) and adds one (가상신설분야(예시)):
// the field pages, the edition comparison, the search index and the open data show it, with the numbers the
// fixture source 901 states.
import { access, cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { builtFiles } from '../../src/lib/built-files.ts';
import { t } from '../../src/lib/i18n.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disappearedUrls, publishedUrlList } from '../support/pages.ts';
import { projectCopy, root, sources, type ProjectCopy, type Run } from '../support/project.ts';
import { readPage } from '../support/pages.ts';

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

const page = (path: string) => readPage(join(copy.dir, 'dist'), `/${path}/`.replace(/\/+/g, '/'));
const archived = '제4차 중소기업 기술혁신 촉진계획의 기간(2019~2023)이 끝났습니다. 이 페이지는 그 기록으로 그대로 보존합니다.';

describe('a next plan beside the 4th', () => {
  it('replaces only roadmap field files, each the real file plus its 2025 lines (the renamed field its title too)', async () => {
    const files = await builtFiles(join(fixture, 'content'));
    expect(files).toHaveLength(54);
    const replaced = (await Promise.all(files.map((f) => access(join(root, 'content', f)).then(() => f, () => undefined)))).filter((f) => f !== undefined);
    // Every field needs an entry in the new edition, so all 32 Korean field files are replaced, and the renamed one's English title.
    expect(replaced).toHaveLength(33);
    expect(replaced.filter((f) => !/^\/roadmap-fields\/[a-z0-9-]+\.ko\.mdx$/.test(f))).toEqual(['/roadmap-fields/textiles.en.mdx']);
    // When the real content changes, the fixture must follow: apart from its 2025 lines it is the real file.
    const other = (text: string) => text.split('\n').filter((line) => !line.includes('2025') && !line.startsWith('title:')).join('\n');
    const title = (text: string) => /^title: (.*)$/m.exec(text)?.[1];
    const drifted: string[] = [];
    const retitled: string[] = [];
    for (const f of replaced) {
      const [mine, real] = await Promise.all([readFile(join(fixture, 'content', f), 'utf8'), readFile(join(root, 'content', f), 'utf8')]);
      if (other(mine) !== other(real)) drifted.push(f);
      if (title(mine) !== title(real)) retitled.push(`${f}: ${title(mine)}`);
    }
    expect(drifted).toEqual([]);
    expect(retitled).toEqual(['/roadmap-fields/textiles.en.mdx: "Fictional textiles (example)"', '/roadmap-fields/textiles.ko.mdx: "가상섬유(예시)"']);
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

  it('names the newest year and roadmap edition in the tagline, and every source document in the open data notes', async () => {
    expect(await page('')).toContain('제5차 중소기업 기술혁신 촉진계획(가상 예시) 2024년도 시행계획과 중소기업 기술로드맵(2025~2027)');
    expect(await page('en/data/')).toContain('Source document: 000 = 2023 implementation plan, 004 = Roadmap press release, 900 = Fictional example, 901 = Fictional roadmap example');
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
    for (const path of ['plans/5/tasks/1-1', 'measures/2024-1-1-1', '', 'roadmap']) {
      expect(await footer(path)).toContain('시험용 가상 예시 문서(실제 정책 문서 아님)');
      expect(await footer(path)).not.toContain('2023년도 시행계획');
    }
    for (const path of ['tasks/1-1', 'measures/2023-1-1-3', 'plan']) {
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

/** The pages of the Pagefind index (its fragments): URL, metadata and filters of each. */
async function indexedPages(dir: string): Promise<Map<string, { meta: Record<string, string>; filters: Record<string, string[]> }>> {
  const folder = join(dir, 'pagefind/fragment');
  const fragments = await Promise.all((await readdir(folder)).map(async (f) => {
    const text = gunzipSync(await readFile(join(folder, f))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; meta: Record<string, string>; filters: Record<string, string[]> };
  }));
  return new Map(fragments.map((f) => [f.url, f]));
}

const words = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
const row = (html: string, attribute: string) => words(new RegExp(`<tr ${attribute}[^>]*>[\\s\\S]*?</tr>`).exec(html)?.[0] ?? '');

describe.each([['ko', ''], ['en', 'en/']] as const)('a fictional 2025 roadmap edition (%s)', (locale, prefix) => {
  const ko = locale === 'ko';
  const renamed = ko ? '가상섬유(예시)' : 'Fictional textiles (example)';
  const old = ko ? '섬유' : 'Textiles';
  const added = ko ? '가상신설분야(예시)' : 'Fictional new field (example)';
  const edition = (year: number) => `${t(locale, 'roadmap.editionYear', { year })} ${ko ? `${year}~${year + 2}` : `${year}–${year + 2}`}`;

  it('keeps the renamed field\'s address; its page shows the new name, the old one and the change with the source\'s note', async () => {
    const html = await page(`${prefix}roadmap/textiles`);
    expect(html).toContain(`<h1>${renamed}</h1>`);
    const category = t(locale, 'roadmap.category.growth-base');
    expect(row(html, 'data-edition="2022"')).toBe(`${edition(2022)} ${old} (${category}) 6 ${t(locale, 'roadmap.change.none')}`);
    expect(row(html, 'data-edition="2025"')).toBe(`${edition(2025)} ${renamed} (${category}) 7 ${t(locale, 'roadmap.change.renamed')} ${t(locale, 'roadmap.remarkLabel')}명칭 변경`);
    expect(html).toContain('<data value="7" data-figure="roadmap-textiles-2025">7</data>');
  });

  it('has the new field\'s page, which says it is new in the 2025 edition', async () => {
    const html = await page(`${prefix}roadmap/fictional-new-field`);
    expect(html).toContain(`<h1>${added}</h1>`);
    expect(html).not.toContain('data-edition="2022"');
    expect(row(html, 'data-edition="2025"')).toBe(`${edition(2025)} ${added} (${t(locale, 'roadmap.category.4ir')}) 5 ${t(locale, 'roadmap.change.new')} ${t(locale, 'roadmap.remarkLabel')}신설`);
  });

  it('compares the 2022 and 2025 editions on the roadmap page: the renamed field side by side, the new one marked new', async () => {
    const html = await page(`${prefix}roadmap`);
    expect(html).toContain(`<h1>${t(locale, 'roadmap.titleOf', { start: 2025, end: 2027 })}</h1>`);
    expect(html).toContain(`<h2 id="compare-2022-2025">${t(locale, 'roadmap.compare', { before: 2022, after: 2025 })}</h2>`);
    expect(row(html, 'data-field="textiles"')).toBe(`${old} ${renamed} ${t(locale, 'roadmap.change.renamed')} 6 7`);
    expect(row(html, 'data-field="fictional-new-field"')).toBe(`${t(locale, 'roadmap.notInEdition')} ${added} ${t(locale, 'roadmap.change.new')} – 5`);
    // The totals the fixture source states: 32 → 33 fields, 224 → 230 products (4ir 178 → 183, growth base 46 → 47).
    const total = words(/<tfoot>[\s\S]*?<\/tfoot>/.exec(html)![0]);
    expect(total).toBe(`${t(locale, 'roadmap.total')} (${t(locale, 'roadmap.fieldCount', { n: 32 })} → ${t(locale, 'roadmap.fieldCount', { n: 33 })}) 224 230`);
    expect([...html.matchAll(/<tr class="subtotal">[\s\S]*?<\/tr>/g)].map((m) => words(m[0]).split(' ').slice(-2).join(' '))).toEqual(['178 183', '46 47']);
  });

  it('indexes both fields for search, the renamed one under its old name too', async () => {
    const indexed = await indexedPages(join(copy.dir, 'dist'));
    expect(indexed.get(`/${prefix}roadmap/textiles/`)?.meta).toMatchObject({ title: renamed, names: '가상섬유(예시) | Fictional textiles (example) | 섬유 | Textiles' });
    expect(indexed.get(`/${prefix}roadmap/fictional-new-field/`)).toMatchObject({ meta: { title: added }, filters: { type: ['roadmap-field'], category: ['4ir'] } });
  });
});

describe('a fictional 2025 roadmap edition in open data', () => {
  it('carries the 2025 entries of the renamed and the new field, with their counts', async () => {
    const fields = JSON.parse(await readFile(join(copy.dir, 'dist/data/roadmap-fields.json'), 'utf8')) as { id: string; name: object; editions: object[] }[];
    const textiles = fields.find((f) => f.id === 'textiles')!;
    expect(textiles.name).toEqual({ ko: '가상섬유(예시)', en: 'Fictional textiles (example)' });
    expect(textiles.editions.at(-2)).toMatchObject({ year: 2022, name: { ko: '섬유', en: 'Textiles' }, products: 6, change: [] });
    expect(textiles.editions.at(-1)).toMatchObject({ year: 2025, name: { ko: '가상섬유(예시)' }, products: 7, figure: 'roadmap-textiles-2025', change: ['renamed'] });
    expect(fields.find((f) => f.id === 'fictional-new-field')!.editions).toMatchObject([{ year: 2025, category: '4ir', products: 5, change: ['new'] }]);
    const csv = (await readFile(join(copy.dir, 'dist/data/roadmap-fields.csv'), 'utf8')).split('\r\n');
    expect(csv[0]).toContain(',name_2025_ko,name_2025_en,category_2025,products_2025,change_2025,from_2025,');
    expect(csv.find((l) => l.startsWith('fictional-new-field,'))).toContain(',가상신설분야(예시),Fictional new field (example),4ir,5,new,');
    const figures = JSON.parse(await readFile(join(copy.dir, 'dist/data/figures.json'), 'utf8')) as { id: string; value: number; statedIn: object }[];
    expect(figures.find((f) => f.id === 'roadmap-2025-products')).toMatchObject({ value: 230, statedIn: { kind: 'roadmap-edition', id: '2025' } });
  });
});
