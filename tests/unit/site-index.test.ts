// The site index's lookups on two small plans: the 4th (2019–2023) and a 5th (2024–2028) whose task 1-1 has
// the same number as the 4th's. Results of 2023, reported in the 5th plan's first year, stay on the 4th's tasks.
// Roadmap product counts are looked up in the real roadmap fields and held to the numbers of the press release (004).
import { describe, expect, it } from 'vitest';
import { buildSiteIndex, type IndexKinds } from '../../src/data/site-index.ts';
import { readContentFiles } from '../../src/lib/content-check/read.ts';
import { parseContentFile } from '../../src/lib/content-check/parse.ts';
import { currentPlan, documentsOfPlan, overlappingPlans, planOfYear } from '../../src/lib/plans.ts';
import { roadmapField } from '../../src/schemas/entries.ts';
import { root } from '../support/project.ts';

const plan = (id: string, start: number, end: number) => ({ id, data: { title: { ko: `제${id}차`, en: `Plan ${id}` }, period: { start, end } } });
const strategy = (id: string) => ({ id, data: { title: `전략 ${id}` } });
const task = (id: string, s: number) => ({ id, data: { strategy: s, title: { ko: `과제 ${id}` } } });
const measure = (id: string, kind: 'result' | 'plan', programmes: string[] = []) =>
  ({ id, data: { title: `항목 ${id}`, kind, task: id.split('-').slice(1, 3).join('-'), programmes } });

function index(withFifth: boolean, extra: IndexKinds['measure'][] = []) {
  return buildSiteIndex<IndexKinds>({
    plans: [plan('4', 2019, 2023), ...(withFifth ? [plan('5', 2024, 2028)] : [])],
    strategies: [strategy('4/1'), strategy('4/2'), ...(withFifth ? [strategy('5/1')] : [])],
    tasks: [task('4/1-1', 1), task('4/1-2', 1), task('4/2-1', 2), ...(withFifth ? [task('5/1-1', 1)] : [])],
    measures: [
      measure('2022-1-1-1', 'result', ['rd']), measure('2023-1-1-1', 'plan', ['rd']), measure('2023-2-1-1', 'plan'),
      ...(withFifth ? [measure('2023-1-1-2', 'result'), measure('2024-1-1-1', 'plan', ['rd'])] : []),
      ...extra,
    ],
    measureTitlesEn: new Map([['2023-1-1-1', 'Item one']]),
    strategyTitlesEn: new Map([['4/1', 'Strategy one']]),
    roadmapFields: [],
    figureValue: () => 0,
  });
}

/** The index over the real roadmap fields of content/, with the values of the figures they hold. */
async function roadmapIndex() {
  const fields = (await readContentFiles(root))
    .filter((f) => /^roadmap-fields\/.+\.ko\.mdx$/.test(f.path))
    .map((f) => ({ id: f.path.replace(/^roadmap-fields\/|\.ko\.mdx$/g, ''), data: roadmapField.parse((parseContentFile(f.path, f.text) as { data: unknown }).data) }));
  const values = new Map(fields.flatMap((f) => f.data.figures.map((g) => [g.id, g.value] as const)));
  return buildSiteIndex<IndexKinds>({
    plans: [plan('4', 2019, 2023)], strategies: [], tasks: [], measures: [], measureTitlesEn: new Map(), strategyTitlesEn: new Map(),
    roadmapFields: fields.map((f) => ({ id: f.id, editions: f.data.editions })),
    figureValue: (id) => values.get(id)!,
  });
}

describe('site index', () => {
  it('with one plan, the 4th is current and not ended', () => {
    const i = index(false);
    expect(i.current.ordinal).toBe(4);
    expect(i.plans.map((p) => [p.ordinal, p.current, p.ended])).toEqual([[4, true, false]]);
    expect(i.planYears).toEqual([2023]);
  });

  it('with a 5th plan whose first year has measures, the 5th is current and the 4th ended', () => {
    const i = index(true);
    expect(i.current.ordinal).toBe(5);
    expect(i.plans.map((p) => [p.ordinal, p.current, p.ended, p.years])).toEqual([[4, false, true, [2023]], [5, true, false, [2024]]]);
  });

  it('groups strategies and tasks by plan, in number order', () => {
    const i = index(true);
    expect(i.plan(4).strategies.map((s) => s.key)).toEqual(['4/1', '4/2']);
    expect(i.plan(4).tasks.map((t) => t.code)).toEqual(['1-1', '1-2', '2-1']);
    expect(i.strategy('4/1').tasks.map((t) => t.key)).toEqual(['4/1-1', '4/1-2']);
    expect(i.task('5/1-1').strategy.key).toBe('5/1');
    expect(i.strategy('4/1').title).toEqual({ ko: '전략 4/1', en: 'Strategy one' });
    expect(i.strategy('4/2').title).toEqual({ ko: '전략 4/2', en: undefined });
    expect(i.plan(5).tasks.map((t) => t.key)).toEqual(['5/1-1']);
  });

  it('resolves a measure\'s task within the plan of its year: same number, different plans', () => {
    const i = index(true);
    const byId = (id: string) => i.task('4/1-1').measures.concat(i.task('5/1-1').measures).find((m) => m.id === id)!;
    expect(i.taskOfMeasure(byId('2023-1-1-2')).key).toBe('4/1-1');
    expect(i.taskOfMeasure(byId('2024-1-1-1')).key).toBe('5/1-1');
    expect(i.task('4/1-1').measures.map((m) => m.id)).toEqual(['2022-1-1-1', '2023-1-1-1', '2023-1-1-2']);
    expect(i.task('5/1-1').measures.map((m) => m.id)).toEqual(['2024-1-1-1']);
  });

  it('finds the measures and tasks of a programme across plans', () => {
    const i = index(true);
    expect(i.measuresOfProgramme('rd').map((m) => m.id)).toEqual(['2022-1-1-1', '2023-1-1-1', '2024-1-1-1']);
    expect(i.tasksOfProgramme('rd').map((t) => t.key)).toEqual(['4/1-1', '5/1-1']);
    expect(i.measuresOfProgramme('none')).toEqual([]);
  });

  it('gives a measure\'s title in both languages, English only where translated', () => {
    const i = index(false);
    expect(i.measureTitle('2023-1-1-1')).toEqual({ ko: '항목 2023-1-1-1', en: 'Item one' });
    expect(i.measureTitle('2022-1-1-1')).toEqual({ ko: '항목 2022-1-1-1', en: undefined });
  });

  it('throws on a measure of a year no plan covers (the check reports it first)', () => {
    expect(() => index(false, [measure('2030-1-1-1', 'plan')])).toThrow('site index: no plan includes the year of measure 2030-1-1-1');
  });
});

describe('site index: roadmap product counts per edition (real content, 004 참고 1)', async () => {
  const i = await roadmapIndex();

  it('gives a field\'s product count and its figure in each edition: 인공지능 8 → 9', () => {
    expect(i.fieldIn('artificial-intelligence', 2021)).toMatchObject({ count: 8, products: 'roadmap-artificial-intelligence-2021', category: '4ir' });
    expect(i.fieldIn('artificial-intelligence', 2022)).toMatchObject({ count: 9, products: 'roadmap-artificial-intelligence-2022' });
    // 무기화학 8 → 세라믹 6 (명칭 변경): the count of each edition under the name of that edition.
    expect(i.fieldIn('ceramics', 2021)).toMatchObject({ count: 8, name: { ko: '무기화학' } });
    expect(i.fieldIn('ceramics', 2022)).toMatchObject({ count: 6, name: { ko: '세라믹' } });
    // 조선 8 (성장기반) → 미래형선박 7 (4차산업혁명).
    expect(i.fieldIn('future-ships', 2021)).toMatchObject({ count: 8, category: 'growth-base' });
    expect(i.fieldIn('future-ships', 2022)).toMatchObject({ count: 7, category: '4ir' });
  });

  it('gives nothing for an edition the field is not in: CCUS 신설 in 2022', () => {
    expect(i.fieldIn('ccus', 2021)).toBeUndefined();
    expect(i.fieldIn('ccus', 2022)?.count).toBe(8);
    expect(() => i.fieldIn('no-such-field', 2022)).toThrow('site index: no roadmap field no-such-field');
  });

  it('totals each edition as the source states it: 30개 분야, 197개 품목 → 32개 분야, 224개 품목', () => {
    const c = i.compareEditions(2021, 2022);
    expect(c.total).toEqual({ before: { fields: 30, products: 197 }, after: { fields: 32, products: 224 } });
    // 4차산업혁명 20개 분야, 138개 품목 → 23개 분야, 178개 품목; 성장기반 10개 분야, 59개 품목 → 9개 분야, 46개 품목.
    expect(c.groups.map((g) => [g.category, g.subtotal])).toEqual([
      ['4ir', { before: { fields: 20, products: 138 }, after: { fields: 23, products: 178 } }],
      ['growth-base', { before: { fields: 10, products: 59 }, after: { fields: 9, products: 46 } }],
    ]);
  });
});

describe('plans', () => {
  const plans = [{ ordinal: 4, period: { start: 2019, end: 2023 } }, { ordinal: 5, period: { start: 2024, end: 2028 } }];
  it.each([[2019, 4], [2023, 4], [2024, 5], [2028, 5], [2029, undefined], [2018, undefined]])('year %s is in plan %s', (year, ordinal) =>
    expect(planOfYear(plans, year)?.ordinal).toBe(ordinal));
  it('current: the plan of the newest implementation year, else the latest', () => {
    expect(currentPlan(plans, 2023)?.ordinal).toBe(4);
    expect(currentPlan(plans, 2024)?.ordinal).toBe(5);
    expect(currentPlan(plans, 2031)?.ordinal).toBe(5);
    expect(currentPlan(plans, undefined)?.ordinal).toBe(5);
  });
  it('finds overlapping periods', () => {
    expect(overlappingPlans(plans)).toEqual([]);
    const overlap = [plans[0]!, { ordinal: 5, period: { start: 2023, end: 2027 } }];
    expect(overlappingPlans(overlap).map(([a, b]) => [a.ordinal, b.ordinal])).toEqual([[4, 5]]);
  });
  it('documents of a plan: those whose plans fall in its period, all while it has none', () => {
    // 000: the 2023 implementation plan; 004: the roadmap release of January 2022; 900: the fixture's 2024 plan.
    const documents = [{ code: '900', reports: { plans: 2024 } }, { code: '000', reports: { plans: 2023 } }, { code: '004', reports: { plans: 2022 } }];
    expect(documentsOfPlan(plans[0]!, documents)).toEqual(['000', '004']);
    expect(documentsOfPlan(plans[1]!, documents)).toEqual(['900']);
    expect(documentsOfPlan({ ordinal: 6, period: { start: 2029, end: 2033 } }, documents)).toEqual(['000', '004', '900']);
  });
});
