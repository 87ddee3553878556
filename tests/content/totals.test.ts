// Totals against the sources: the roadmap totals computed from the 32 field entries, and every case where a
// source states both the parts and the whole, checked on the stored figures.
import { describe, expect, it } from 'vitest';
import { readContentFiles, readSources } from '../../src/lib/content-check/read.ts';
import { parseContentFile } from '../../src/lib/content-check/parse.ts';
import { roadmapTotals } from '../../src/lib/roadmap.ts';
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
const partsAndWholes: { section: string; whole: string; value: number; parts: string[] }[] = [
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
  { section: 'II-2-1', whole: '2-1-2022-smart-factories-cumulative-2022', value: 30144, parts: ['2-1-2022-smart-factories-cumulative-2021', '2-1-2022-smart-factories-new'] },
  { section: 'II-2-1', whole: '2-1-2021-digital-cluster-consortia', value: 8, parts: ['2-1-2021-digital-cluster-leading', '2-1-2021-digital-cluster-general'] },
  { section: 'II-2-1', whole: '2-1-2022-digital-cluster-consortia', value: 13, parts: ['2-1-2022-digital-cluster-leading', '2-1-2022-digital-cluster-general'] },
  { section: 'II-2-2', whole: '2-2-2022-researchers-trained', value: 389, parts: ['2-2-2022-company-linked-researchers', '2-2-2022-rd-industry-interns'] },
  { section: 'II-3-2', whole: '3-2-2022-exchange-companies', value: 1467, parts: ['3-2-2022-exchange-domestic-companies', '3-2-2022-exchange-overseas-companies'] },
  { section: 'II-4-1', whole: '4-1-2022-innovative-products-2021-cumulative', value: 189, parts: ['4-1-2022-innovative-products-2020', '4-1-2022-innovative-products-2021'] },
  { section: 'II-4-1', whole: '4-1-2022-innovative-products-cumulative', value: 271, parts: ['4-1-2022-innovative-products-2020', '4-1-2022-innovative-products-2021', '4-1-2022-innovative-products-2022'] },
  { section: 'IV-1-2', whole: '1-2-2023-virtual-manufacturing-total', value: 554_500_000_000, parts: ['1-2-2023-virtual-manufacturing-state', '1-2-2023-virtual-manufacturing-private'] },
  { section: 'IV-1-2', whole: '1-2-2023-k-bio-lab-hub-total', value: 272_600_000_000, parts: ['1-2-2023-k-bio-lab-hub-state', '1-2-2023-k-bio-lab-hub-local', '1-2-2023-k-bio-lab-hub-private'] },
  { section: 'IV-1-2', whole: '1-2-2023-k-bio-lab-hub-years', value: 9, parts: ['1-2-2023-k-bio-lab-hub-build-years', '1-2-2023-k-bio-lab-hub-operation-years'] },
  { section: 'IV-2-2', whole: '2-2-2023-researchers-trained', value: 380, parts: ['2-2-2023-company-linked-researchers', '2-2-2023-rd-industry-interns'] },
];

describe('stored parts add up to the stored whole', () => {
  it.each(partsAndWholes)('$section $whole = $value', ({ section, whole, value, parts }) => {
    const w = figures.get(whole);
    expect(w, `no figure ${whole}`).toBeDefined();
    expect(w!.source.section, `${whole} comes from another section`).toBe(section);
    expect(w!.value).toBe(value);
    const missing = parts.filter((id) => !figures.has(id));
    expect(missing, 'parts not stored').toEqual([]);
    const sum = parts.reduce((total, id) => total + figures.get(id)!.value, 0);
    expect(sum, `${parts.join(' + ')} (${section})`).toBe(w!.value);
  });
});
