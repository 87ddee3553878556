// Every chart of the built site draws the numbers of its figure records and of the table beside it, states
// its main fact in words, and the sources' own totals come out of the roadmap's field records.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/lib/format.ts';
import { readBuiltPages } from '../support/pages.ts';
import { dist } from '../support/project.ts';

interface FigureRecord { id: string; value: number; unit: string; year: number; label: { ko: string }; programme?: string }
const records: FigureRecord[] = JSON.parse(await readFile(join(dist, 'data', 'figures.json'), 'utf8'));
const byId = new Map(records.map((f) => [f.id, f]));
const pages = await readBuiltPages();

interface Chart { page: string; id: string; html: string; bars: { id: string; text: string }[]; rows: Map<string, { value: number; text: string }> }
const charts: Chart[] = [...pages].flatMap(([page, html]) =>
  [...html.matchAll(/<figure class="chart" id="([^"]+)"[^>]*>([\s\S]*?)<\/figure>/g)].map(([, id, block]) => ({
    page, id: id!, html: block!,
    bars: [...block!.matchAll(/<rect[^>]*data-figure="([^"]+)"[^>]*>(?:<\/rect>)?\s*<text[^>]*class="value"[^>]*>([^<]*)<\/text>/g)].map((m) => ({ id: m[1]!, text: m[2]! })),
    rows: new Map([...block!.matchAll(/<tr[^>]*data-figure-row="([^"]+)"[^>]*>[\s\S]*?<data[^>]*value="([^"]+)"[^>]*>([^<]*)<\/data>/g)].map((m) => [m[1]!, { value: Number(m[2]), text: m[3]! }])),
  })),
);
const chart = (page: string, id: string) => charts.find((c) => c.page === page && c.id === id)!;

describe('charts', () => {
  it('are on the pages the issue names, in both languages', () => {
    const on = (prefix: string) => new Set(charts.filter((c) => c.page.startsWith(prefix)).map((c) => c.page));
    expect(charts.length).toBeGreaterThan(40);
    for (const page of ['/plan/', '/en/plan/', '/roadmap/', '/en/roadmap/', '/tasks/2-1/', '/en/tasks/2-1/', '/strategies/1/', '/programmes/investment-type-rd/'])
      expect(on(page).has(page), page).toBe(true);
  });

  it('draw each bar with the value of its figure record and the same text as the table beside it', () => {
    for (const c of charts) {
      expect(c.bars.length, `${c.page} ${c.id}`).toBeGreaterThan(1);
      for (const bar of c.bars) {
        const record = byId.get(bar.id);
        expect(record, `${c.page} ${c.id} ${bar.id}`).toBeDefined();
        if (c.id === 'chart-roadmap') {
          expect(bar.text).toBe(formatNumber(record!.value));
          continue;
        }
        const row = c.rows.get(bar.id);
        expect(row, `${c.page} ${c.id}: no table row for ${bar.id}`).toBeDefined();
        expect([row!.text, row!.value]).toEqual([bar.text, record!.value]);
      }
    }
  });

  it('are images with a title and a description of their main fact, and no script', () => {
    for (const c of charts) {
      const svg = /<svg class="chart-svg"[^>]*role="img"[^>]*aria-labelledby="([^"]+)"/.exec(c.html);
      expect(svg, `${c.page} ${c.id}`).not.toBeNull();
      for (const ref of svg![1]!.split(' ')) expect(c.html).toMatch(new RegExp(`<(title|desc) id="${ref}"[^>]*>[^<]+</(title|desc)>`));
      expect(c.html).not.toContain('<script');
    }
  });

  it('show smart-factory progress against the 2019–2023 target on the plan and on task 2-1', () => {
    for (const page of ['/plan/', '/tasks/2-1/']) {
      const c = chart(page, 'chart-target-smart-factories');
      expect(c.bars.map((b) => b.text)).toEqual(['12,660개', '19,799개', '25,039개', '30,144개']);
      expect(c.html).toContain('2022년 누적 30,144개, 목표 3만개(2019~2023년) 초과 달성');
      expect(c.html).toContain('목표 3만개(2019~2023년)');
    }
    expect(chart('/en/plan/', 'chart-target-smart-factories').html).toContain('30,144 (cumulative) in 2022; target for 2019–2023: 30,000; target exceeded');
    expect(pages.get('/plan/')).toContain('출처에 연도별 실적이 없어 그래프가 없는 목표: 4차 산업혁명 투자비중, 정부 R&amp;D 중 중소기업 투자비중');
  });

  it('compare the roadmap editions with the totals of press release 004 (30 fields, 197 → 32, 224)', () => {
    const c = chart('/roadmap/', 'chart-roadmap');
    // The chart's words as a reader sees them: wrapped lines joined again.
    const text = c.html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(c.bars).toHaveLength(30 + 32);
    expect(text).toContain('2021년 30개 분야 197개 → 2022년 32개 분야 224개(전략제품 +27개)');
    expect(text).toContain('4차 산업혁명: 2021년 20개 분야 138개 → 2022년 23개 분야 178개');
    expect(text).toContain('중소기업 성장기반: 2021년 10개 분야 59개 → 2022년 9개 분야 46개');
    const sum = (year: number) => c.bars.filter((b) => byId.get(b.id)!.year === year).reduce((n, b) => n + byId.get(b.id)!.value, 0);
    expect([sum(2021), sum(2022)]).toEqual([197, 224]);
    for (const marker of ['▸ 신설', '▸ 명칭 변경, 범위 변경', '▸ 명칭 변경', '구분으로 옮김']) expect(text).toContain(marker);
  });

  it('never put one year’s amounts beside another year, basis or a multi-year total', () => {
    for (const c of charts.filter((x) => x.id.startsWith('chart-') && x.html.includes('합계나 총예산이 아닙니다'))) {
      const figures = c.bars.map((b) => byId.get(b.id)!);
      expect(new Set(figures.map((f) => `${f.unit} ${f.year}`)).size, `${c.page} ${c.id}`).toBe(1);
      for (const f of figures) expect(f.label.ko, `${c.page} ${c.id}`).not.toMatch(/총\s*사업비|총\s*예산/);
    }
  });

  it('chart every programme series of three or more years of one measure', () => {
    const groups = new Map<string, Set<string>>();
    for (const f of records.filter((x) => x.programme)) {
      const key = `${f.programme}|${f.label.ko}|${f.unit}`;
      groups.set(key, (groups.get(key) ?? new Set()).add(f.id));
    }
    const series = [...groups].filter(([, ids]) => new Set([...ids].map((id) => byId.get(id)!.year)).size >= 3);
    const programmes = new Set(series.map(([key]) => key.split('|')[0]!));
    expect(programmes.size).toBeGreaterThan(4);
    for (const p of programmes) {
      const drawn = new Set(charts.filter((c) => c.page === `/programmes/${p}/`).flatMap((c) => c.bars.map((b) => b.id)));
      expect(series.some(([key, ids]) => key.startsWith(`${p}|`) && [...ids].every((id) => drawn.has(id))), p).toBe(true);
    }
  });
});
