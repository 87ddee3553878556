// The 2021 → 2022 comparison computed from the field entries, against the press release's own table (004,
// 참고 1): which fields are new, renamed (and from what) or moved, and the category subtotals.
import { describe, expect, it } from 'vitest';
import { readContentFiles, readSources } from '../../src/lib/content-check/read.ts';
import { parseContentFile } from '../../src/lib/content-check/parse.ts';
import { changesByKind, compareEditions } from '../../src/lib/roadmap.ts';
import { roadmapField } from '../../src/schemas/entries.ts';
import type { Figure } from '../../src/schemas/figure.ts';
import { root, sources as sourcesDir } from '../support/project.ts';

const files = await readContentFiles(root);
const source = (await readSources(sourcesDir))['004']!;
const data = (path: string) => ((r) => ('data' in r ? (r.data as Record<string, any>) : {}))(parseContentFile(path, files.find((f) => f.path === path)!.text));
const figures = new Map<string, Figure>(files.flatMap((f) => ((data(f.path).figures as Figure[] | undefined) ?? []).map((x) => [x.id, x] as const)));
const fields = files
  .filter((f) => /^roadmap-fields\/.+\.ko\.mdx$/.test(f.path))
  .map((f) => ({ id: f.path.replace(/^roadmap-fields\/|\.ko\.mdx$/g, ''), editions: roadmapField.parse(data(f.path)).editions }));
const comparison = compareEditions(fields, 2021, 2022, (id) => figures.get(id)!.value);
const row = (id: string) => comparison.rows.find((r) => r.id === id)!;
const squash = (s: string) => s.replace(/\s+/g, '');

describe('2021 → 2022 comparison (004, 참고 1)', () => {
  it('finds the two new fields, CCUS and composite materials', () => {
    expect(changesByKind(comparison).find((c) => c.change === 'new')!.ids.sort()).toEqual(['ccus', 'composite-materials']);
    expect(squash(source)).toContain(squash('CCUS 8 신설'));
    expect(squash(source)).toContain(squash('- - 복합소재 5 신설'));
  });

  // [field, 2021 name, 2022 name, changes, words of the source table row]
  it.each([
    ['drones-personal-mobility', '드론', '드론·개인이동수단', ['renamed', 'rescoped'], '드론 4 드론·개인이동수단 6 명칭·범위 변경'],
    ['smart-home', 'IoT', '스마트홈', ['renamed', 'rescoped'], 'IoT 6 스마트홈 7 명칭·범위 변경'],
    ['resource-circulation-energy-recycling', '친환경소재·자원순환', '자원순환·에너지재활용', ['renamed', 'rescoped'], '친환경소재·자원순환 6 자원순환·에너지재활용 7 명칭·범위 변경'],
    ['organic-materials', '유기화학', '유기소재', ['renamed'], '유기화학 7 유기소재 5 명칭 변경'],
    ['ceramics', '무기화학', '세라믹', ['renamed'], '무기화학 8 세라믹 6 명칭 변경'],
    ['future-ships', '조선', '미래형선박', ['renamed', 'moved'], '조선→미래형선박'],
    ['functional-foods', '식품', '기능성식품', ['renamed', 'moved'], '식품→기능성식품'],
  ] as const)('%s: %s → %s', (id, before, after, change, words) => {
    expect(squash(source), 'the source states it').toContain(squash(words));
    expect(row(id).before!.name.ko).toBe(before);
    expect(row(id).after!.name.ko).toBe(after);
    expect(row(id).change).toEqual(change);
  });

  it('has no other changed field: 23 of 32 are unchanged', () => {
    expect(comparison.rows.filter((r) => r.change.length === 0)).toHaveLength(23);
    expect(comparison.rows).toHaveLength(32);
  });

  it('moves shipbuilding and food from the growth base to the 4IR category, each counted once per edition', () => {
    expect([row('future-ships').before!.category, row('future-ships').after!.category]).toEqual(['growth-base', '4ir']);
    const growth = comparison.groups.find((g) => g.category === 'growth-base')!;
    expect(growth.rows.filter((r) => r.shows === 'before').map((r) => r.row.id).sort()).toEqual(['functional-foods', 'future-ships']);
  });

  // [category, 2021 fields, 2021 products, 2022 fields, 2022 products], as in the 개요 table of 참고 1
  it.each([
    ['4ir', 20, 138, 23, 178],
    ['growth-base', 10, 59, 9, 46],
  ] as const)('subtotal %s: %i fields / %i products → %i / %i', (category, f1, p1, f2, p2) => {
    expect(comparison.groups.find((g) => g.category === category)!.subtotal).toEqual({ before: { fields: f1, products: p1 }, after: { fields: f2, products: p2 } });
  });

  it('totals 30 fields / 197 products → 32 / 224', () => {
    expect(comparison.total).toEqual({ before: { fields: 30, products: 197 }, after: { fields: 32, products: 224 } });
  });

  it('gives each row the figure ids of its counts', () => {
    expect(row('artificial-intelligence').before).toMatchObject({ products: 'roadmap-artificial-intelligence-2021', count: 8 });
    expect(row('artificial-intelligence').after).toMatchObject({ products: 'roadmap-artificial-intelligence-2022', count: 9 });
  });
});
