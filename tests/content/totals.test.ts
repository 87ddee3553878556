// Totals against the sources: the roadmap totals computed from the 32 field entries, and every case where a
// source states both the parts and the whole, checked on the stored figures.
import { describe, expect, it } from 'vitest';
import { readContentFiles, readSources } from '../../src/lib/content-check/read.ts';
import { parseContentFile } from '../../src/lib/content-check/parse.ts';
import { roadmapTotals } from '../../src/lib/roadmap.ts';
import { periodKey, sumAcrossYears, sumFigures } from '../../src/lib/figure-sums.ts';
import type { Figure } from '../../src/schemas/figure.ts';
import { root, sources as sourcesDir } from '../support/project.ts';

const files = await readContentFiles(root);
const sources = await readSources(sourcesDir);
const parsed = files.map((f) => ({ path: f.path, data: ((r) => ('data' in r ? (r.data as Record<string, any>) : {}))(parseContentFile(f.path, f.text)) }));
const figures = new Map<string, Figure>(parsed.flatMap((p) => ((p.data.figures as Figure[] | undefined) ?? []).map((f) => [f.id, f] as const)));
const fields = parsed.filter((p) => /^roadmap-fields\/.+\.ko\.mdx$/.test(p.path));
const editions = fields.flatMap((f) =>
  (f.data.editions as { year: number; category?: string; products?: string }[])
    .flatMap((e) => (e.category && e.products ? [{ year: e.year, category: e.category, products: figures.get(e.products)!.value }] : [])),
);
const squash = (s: string) => s.replace(/\s+/g, '');

describe('roadmap totals computed from the field entries', () => {
  // [year, category or total, fields, products, words of the 004 table (참고 1) that state them]
  it.each([
    [2022, 'all', 32, 224, '계 30개 분야, 197개 품목 32개 분야, 224개 품목'],
    [2022, '4ir', 23, 178, '23개 분야, 178개 품목'],
    [2022, 'growth-base', 9, 46, '9개 분야, 46개 품목'],
    [2021, 'all', 30, 197, '계 30개 분야, 197개 품목'],
    [2021, '4ir', 20, 138, '4차산업혁명 20개 분야, 138개 품목'],
    [2021, 'growth-base', 10, 59, '성장기반 10개 분야, 59개 품목'],
  ] as const)('%i %s: %i fields, %i products, as the source states', (year, category, nFields, nProducts, words) => {
    expect(squash(sources['004']!), 'the source states these totals').toContain(squash(words));
    const totals = roadmapTotals(editions, year);
    expect(category === 'all' ? totals.all : totals.byCategory[category]).toEqual({ fields: nFields, products: nProducts });
  });

  it('has one entry per field of the 2022 roadmap', () => expect(fields.length).toBe(32));
});

// Where a source gives the parts and the whole, the stored parts add up to the stored whole. The high-risk
// R&D example of Ⅳ-1-3 is left out on purpose: its parts (20 + 40 + "about 30" 억원) do not add up to the
// 100억원 total in the source itself.
// `acrossYears`: the parts are of different years (a running total and the year's additions, a project's phases).
const partsAndWholes: { section: string; whole: string; value: number; parts: string[]; acrossYears?: true }[] = [
  { section: 'II-1-1', whole: '1-1-2022-roadmap-fields', value: 32, parts: ['1-1-2022-roadmap-4ir-fields', '1-1-2022-roadmap-growth-base-fields'] },
  { section: 'release', whole: 'roadmap-2022-fields', value: 32, parts: ['roadmap-2022-4ir-fields', 'roadmap-2022-growth-base-fields'] },
  { section: 'release', whole: 'roadmap-2022-products', value: 224, parts: ['roadmap-2022-4ir-products', 'roadmap-2022-growth-base-products'] },
  { section: 'ref-1', whole: 'roadmap-2022-fields-2021', value: 30, parts: ['roadmap-2022-4ir-fields-2021', 'roadmap-2022-growth-base-fields-2021'] },
  { section: 'ref-1', whole: 'roadmap-2022-products-2021', value: 197, parts: ['roadmap-2022-4ir-products-2021', 'roadmap-2022-growth-base-products-2021'] },
  { section: 'II-1-1', whole: '1-1-2022-roadmap-products', value: 224, parts: ['1-1-2022-roadmap-4ir-products', '1-1-2022-roadmap-growth-base-products'] },
  { section: 'II-1-2', whole: '1-2-2022-new-industry-projects', value: 814, parts: ['1-2-2022-new-industry-startup-growth-projects', '1-2-2022-new-industry-tech-innovation-projects', '1-2-2022-new-industry-commercialization-projects'] },
  { section: 'II-1-2', whole: '1-2-2022-new-industry-budget', value: 102_300_000_000, parts: ['1-2-2022-new-industry-startup-growth-budget', '1-2-2022-new-industry-tech-innovation-budget', '1-2-2022-new-industry-commercialization-budget'] },
  { section: 'II-1-2', whole: '1-2-2020-green-new-deal-total', value: 40, parts: ['1-2-2020-green-new-deal-mss', '1-2-2020-green-new-deal-me'] },
  { section: 'II-1-2', whole: '1-2-2021-green-new-deal-total', value: 30, parts: ['1-2-2021-green-new-deal-mss', '1-2-2021-green-new-deal-me'] },
  { section: 'II-1-2', whole: '1-2-2022-green-new-deal-total', value: 30, parts: ['1-2-2022-green-new-deal-mss', '1-2-2022-green-new-deal-me'] },
  { section: 'II-2-1', whole: '2-1-2022-smart-factories-new', value: 5105, parts: ['2-1-2022-smart-factories-government-only', '2-1-2022-smart-factories-win-win', '2-1-2022-smart-factories-level-check'] },
  { section: 'II-2-1', whole: '2-1-2022-smart-factories-cumulative-2022', value: 30144, parts: ['2-1-2022-smart-factories-cumulative-2021', '2-1-2022-smart-factories-new'], acrossYears: true },
  { section: 'II-2-1', whole: '2-1-2021-digital-cluster-consortia', value: 8, parts: ['2-1-2021-digital-cluster-leading', '2-1-2021-digital-cluster-general'] },
  { section: 'II-2-1', whole: '2-1-2022-digital-cluster-consortia', value: 13, parts: ['2-1-2022-digital-cluster-leading', '2-1-2022-digital-cluster-general'] },
  { section: 'II-2-2', whole: '2-2-2022-researchers-trained', value: 389, parts: ['2-2-2022-company-linked-researchers', '2-2-2022-rd-industry-interns'] },
  { section: 'II-3-2', whole: '3-2-2022-exchange-companies', value: 1467, parts: ['3-2-2022-exchange-domestic-companies', '3-2-2022-exchange-overseas-companies'] },
  { section: 'II-4-1', whole: '4-1-2022-innovative-products-2021-cumulative', value: 189, parts: ['4-1-2022-innovative-products-2020', '4-1-2022-innovative-products-2021'], acrossYears: true },
  { section: 'II-4-1', whole: '4-1-2022-innovative-products-cumulative', value: 271, parts: ['4-1-2022-innovative-products-2020', '4-1-2022-innovative-products-2021', '4-1-2022-innovative-products-2022'], acrossYears: true },
  { section: 'IV-1-2', whole: '1-2-2023-virtual-manufacturing-total', value: 554_500_000_000, parts: ['1-2-2023-virtual-manufacturing-state', '1-2-2023-virtual-manufacturing-private'] },
  { section: 'IV-1-2', whole: '1-2-2023-k-bio-lab-hub-total', value: 272_600_000_000, parts: ['1-2-2023-k-bio-lab-hub-state', '1-2-2023-k-bio-lab-hub-local', '1-2-2023-k-bio-lab-hub-private'] },
  { section: 'IV-1-2', whole: '1-2-2023-k-bio-lab-hub-years', value: 9, parts: ['1-2-2023-k-bio-lab-hub-build-years', '1-2-2023-k-bio-lab-hub-operation-years'], acrossYears: true },
  { section: 'IV-2-2', whole: '2-2-2023-researchers-trained', value: 380, parts: ['2-2-2023-company-linked-researchers', '2-2-2023-rd-industry-interns'] },
];

describe('stored parts add up to the stored whole', () => {
  it.each(partsAndWholes)('$section $whole = $value', ({ section, whole, value, parts, acrossYears }) => {
    const w = figures.get(whole);
    expect(w, `no figure ${whole}`).toBeDefined();
    expect(w!.source.section, `${whole} comes from another section`).toBe(section);
    expect(w!.value).toBe(value);
    const missing = parts.filter((id) => !figures.has(id));
    expect(missing, 'parts not stored').toEqual([]);
    const list = parts.map((id) => figures.get(id)!);
    if (acrossYears) {
      // Parts of different years add up only when they do not overlap, to a whole that ends where they end.
      const { total, end } = sumAcrossYears(list);
      expect(end, `${whole} ends in another year than its parts`).toBe(w!.year ?? (typeof w!.period === 'object' ? w!.period.end : undefined));
      expect(total, `${parts.join(' + ')} (${section})`).toBe(w!.value);
      return;
    }
    // sumFigures refuses parts of another unit or period than each other; the whole must share theirs too.
    const sum = sumFigures(list);
    expect(periodKey(list[0]!), `${whole} is for another year or period than its parts`).toBe(periodKey(w!));
    expect(sum, `${parts.join(' + ')} (${section})`).toBe(w!.value);
  });
});

describe('multi-year amounts', () => {
  // Every amount the sources give over several years, with the years they give (or none: a project total).
  it.each([
    ['1-2-2023-virtual-manufacturing-total', 'project'], // 총예산 5,545억원, under a preliminary feasibility study
    ['1-2-2023-virtual-manufacturing-state', 'project'],
    ['1-2-2023-virtual-manufacturing-private', 'project'],
    ['1-2-2023-k-bio-lab-hub-total', '2023-2031'], // 총 사업비 2,726억원, 사업기간(9년) ‘23～’31
    ['1-2-2023-k-bio-lab-hub-state', '2023-2031'],
    ['1-2-2023-k-bio-lab-hub-local', '2023-2031'],
    ['1-2-2023-k-bio-lab-hub-private', '2023-2031'],
    ['1-2-2023-nuclear-support-budget', '2023-2027'], // ‘23~27년 5년간 6,750억원
    ['2-1-2022-mpe-fund-total', '2020-2022'], // ’20~’22년간 총 3,900억원
    ['4-2-2022-inspected-projects', '2016-2020'], // 최근 5년(’16~‘20) 내 종료 과제(4.1만건)
    ['plan-2023-target-smart-factories', '2019-2023'], // targets of the plan period
  ])('%s is for %s', (id, period) => expect(periodKey(figures.get(id)!)).toBe(period));

  it('are never added to one year\'s figures', () => {
    const budgets2023 = [...figures.values()].filter((f) => f.unit === 'won' && f.basis === 'budget' && f.year === 2023);
    expect(budgets2023.length).toBeGreaterThan(10);
    expect(() => sumFigures([...budgets2023, figures.get('1-2-2023-k-bio-lab-hub-total')!])).toThrow(
      /^expected figures of one unit and one year or period, found .*1-2-2023-k-bio-lab-hub-total \(won, 2023-2031\)$/,
    );
    expect(() => sumFigures([figures.get('1-2-2023-k-bio-lab-hub-state')!, figures.get('1-2-2023-virtual-manufacturing-state')!])).toThrow(
      'expected figures of one unit and one year or period, found 1-2-2023-k-bio-lab-hub-state (won, 2023-2031), 1-2-2023-virtual-manufacturing-state (won, project)',
    );
  });
});
