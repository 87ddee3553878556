// All of document 000 on the site: its outline (read from the text) against the content that says which □
// block, section, table and schedule row each entry presents. Counts are those of the source.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { coverage, coverageContent, coverageProblems, markdownTableCount } from '../../src/lib/coverage.ts';
import { readContentFiles, readSources } from '../../src/lib/content-check/read.ts';
import { parseSourceOutline } from '../../src/lib/source-outline.ts';
import { root, sources as sourcesDir } from '../support/project.ts';

const outline = parseSourceOutline((await readSources(sourcesDir))['000']!);
const files = await readContentFiles(root);
const countBy = <T,>(items: T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>((counts, item) => ({ ...counts, [key(item)]: (counts[key(item)] ?? 0) + 1 }), {});

describe('the outline of document 000', () => {
  it('has the summary, Ⅰ-1 to Ⅰ-3, ten tasks in Ⅱ and in Ⅳ, Ⅲ and Ⅴ, in that order', () => {
    const tasks = ['1-1', '1-2', '1-3', '2-1', '2-2', '3-1', '3-2', '3-3', '4-1', '4-2'];
    expect(outline.sections.map((s) => s.code)).toEqual([
      'summary', 'I-1', 'I-2', 'I-3', ...tasks.map((t) => `II-${t}`), 'III', ...tasks.map((t) => `IV-${t}`), 'V',
    ]);
  });

  it('has the 54 □ blocks of the source: 6 in Ⅰ, 25 in Ⅱ, 23 in Ⅳ', () => {
    expect(outline.blocks).toHaveLength(54);
    expect(countBy(outline.blocks, (b) => b.section.split('-')[0]!)).toEqual({ I: 6, II: 25, IV: 23 });
    expect(countBy(outline.blocks.filter((b) => b.section.startsWith('II-')), (b) => b.section)).toEqual({
      'II-1-1': 2, 'II-1-2': 2, 'II-1-3': 2, 'II-2-1': 4, 'II-2-2': 4, 'II-3-1': 2, 'II-3-2': 2, 'II-3-3': 2, 'II-4-1': 2, 'II-4-2': 3,
    });
    expect(countBy(outline.blocks.filter((b) => b.section.startsWith('IV-')), (b) => b.section)).toEqual({
      'IV-1-1': 2, 'IV-1-2': 2, 'IV-1-3': 2, 'IV-2-1': 3, 'IV-2-2': 3, 'IV-3-1': 2, 'IV-3-2': 2, 'IV-3-3': 2, 'IV-4-1': 2, 'IV-4-2': 3,
    });
  });

  it('reads headings as the source writes them, joining one broken inside 「…」', () => {
    expect(outline.blocks[0]).toMatchObject({ section: 'I-1', position: 1, line: 128, heading: '우리나라 중소기업의 기술혁신 촉진을 위한 기본전략으로 「제4차 중소기업 기술혁신 촉진계획*」수립(’19.12)' });
    expect(outline.blocks.find((b) => b.section === 'II-2-1' && b.position === 4)).toMatchObject({ heading: '스마트 공장 기술보호 강화', line: 404, endLine: 433 });
    expect(outline.blocks.at(-1)).toMatchObject({ section: 'IV-4-2', position: 3, heading: '자율과 창의를 존중하되 부정행위는 엄벌' });
  });

  it('finds the 10 tables of the source, a caption and its header row counting once', () => {
    expect(outline.tables.map((t) => `${t.section} □${t.block} ${t.title}`)).toEqual([
      'II-1-3 □2 구분 현황 및 성과',
      'II-3-2 □1 기술교류 상담회 지원성과',
      'IV-1-1 □1 구분 기업성장 혁신 전략분야 혁신 인프라 혁신',
      'IV-1-3 □1 지원구조',
      'IV-1-3 □1 지원규모(예시) : 총 100억원',
      'IV-2-1 □2 구분 부처협업형 투자연계형 탄소중립형 공급망연계형',
      'IV-3-1 □2 기존',
      'IV-3-2 □1 기관별 기술교류 상담회 계획(안)',
      'IV-4-1 □1 보증연계형 추진체계',
      'IV-4-2 □1 중소기업 R&D 제도 개편 방안 (’23.1)',
    ]);
  });

  it('reads the 10 rows of the Ⅴ schedule: 1-1 and 4-2 in the first half of 2023, the rest all year', () => {
    expect(outline.schedule.map((r) => `${r.task} ${r.timing} ${r.year}`)).toEqual([
      '1-1 first-half 2023', '1-2 all-year 2023', '1-3 all-year 2023', '2-1 all-year 2023', '2-2 all-year 2023',
      '3-1 all-year 2023', '3-2 all-year 2023', '3-3 all-year 2023', '4-1 all-year 2023', '4-2 first-half 2023',
    ]);
  });
});

describe('content covers document 000', () => {
  const content = coverageContent(files);

  it('presents every □ block, prose section, table and schedule row (each problem named)', () => {
    expect(coverageProblems(coverage(outline, content))).toEqual([]);
  });

  it('maps the 48 blocks of Ⅱ and Ⅳ to 48 measures, the 6 of Ⅰ to the plan, the summary and Ⅲ to narratives', () => {
    const items = coverage(outline, content);
    expect(countBy(items, (i) => `${i.kind} ${i.entry?.split(' ')[0]}`)).toEqual({
      'block measure': 48, 'block plan': 6, 'section narrative': 2, 'table measure': 10, 'schedule task': 10,
    });
    expect(items.find((i) => i.label.startsWith('Ⅲ'))?.entry).toBe('narrative directions-2023');
  });

  it('names the missing block when a measure is removed', () => {
    const without = { ...content, measures: content.measures.filter((m) => m.id !== '2022-2-1-3') };
    expect(coverageProblems(coverage(outline, without))).toEqual(['Ⅱ-2-1 □3 스마트 공장 구축 기업 지원을 위한 금융지원: no measure entry']);
  });

  it('names a table that is recorded but not rendered, and a schedule that differs from the source', () => {
    const measures = content.measures.map((m) => (m.id === '2023-4-1-1' ? { ...m, tablesKo: 0 } : m));
    const tasks = content.tasks.map((t) => (t.id === '4-2' ? { ...t, schedule: [{ year: 2023, timing: 'all-year' as const }] } : t));
    expect(coverageProblems(coverage(outline, { ...content, measures, tasks }))).toEqual([
      'Ⅳ-4-1 □1 table "보증연계형 추진체계": the Korean text of measure 2023-4-1-1 has 0 table(s) for 1 recorded',
      'Ⅴ 4-2 성과 창출 촉진형 R&D 관리체계 도입 (first-half 2023): task 4-2 has schedule all-year 2023',
    ]);
  });

  it('counts GFM tables by their delimiter rows', async () => {
    expect(markdownTableCount('| a | b |\n| --- | :-: |\n| 1 | 2 |\n\n---\n\n|x|\n|---|\n')).toBe(2);
    expect(markdownTableCount(await readFile(`${root}/content/measures/2023/4-1-1.ko.mdx`, 'utf8'))).toBe(1);
  });
});
