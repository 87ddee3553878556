// Chart data: what each chart kind accepts, the bars and sentences it builds from figure records, and the
// geometry that keeps it readable at 360 px. Values are the sources' own numbers.
import { describe, expect, it } from 'vitest';
import { compareIssues, isMultiYear, progressIssues, seriesIssues, type ChartFigure } from '../../src/lib/charts/validate.ts';
import { compareChart, progressChart, roadmapChart, seriesChart } from '../../src/lib/charts/model.ts';
import { fontSize, layoutChart, phoneWidth, textWidth, wrap } from '../../src/lib/charts/layout.ts';
import { formatFigure } from '../../src/lib/format.ts';

const fig = (id: string, value: number, year: number, basis: ChartFigure['basis'], unit: ChartFigure['unit'] = 'count', ko = id, quote = '인용'): ChartFigure => ({
  id, value, year, basis, unit, label: { ko, en: id }, source: { document: '000', quote },
});

// Document 000 Ⅱ-2-1: 연도별 누적 : ('19) 12,660 → ('20) 19,799 → (’21) 25,039 → (‘22) 30,144개; Ⅰ-3: 스마트공장 보급 : 3만개.
const smart = [fig('sf-2019', 12660, 2019, 'cumulative'), fig('sf-2020', 19799, 2020, 'cumulative'), fig('sf-2021', 25039, 2021, 'cumulative'), fig('sf-2022', 30144, 2022, 'cumulative')];
const smartTarget: ChartFigure = { ...fig('sf-target', 30000, 2023, 'target'), year: undefined, period: { start: 2019, end: 2023 } };
// Ⅳ-1-1 (2023 budgets) and Ⅱ-1-1 (2022 result), in won.
const growth2023 = fig('growth-2023', 1165700000000, 2023, 'budget', 'won');
const strategic2023 = fig('strategic-2023', 530900000000, 2023, 'budget', 'won');
const infra2023 = fig('infra-2023', 128100000000, 2023, 'budget', 'won');
const strategic2022 = fig('strategic-2022', 598700000000, 2022, 'actual', 'won');
// Ⅳ-1-2: 총 사업비 2,726억원 (K-바이오랩허브, '23–'31).
const bioHubTotal = fig('k-bio-lab-hub-total', 272600000000, 2023, 'budget', 'won', 'K-바이오랩허브 총 사업비', '총 사업비 2,726억원(국비 1,095억원, 지방비 1,550억원, 민간 81억원)');
const documents = new Map([['000', { short: { ko: '2023년도 시행계획', en: '2023 implementation plan' } }]]);

describe('chart rules', () => {
  it('accepts figures of one year, basis and unit side by side', () => {
    expect(compareIssues([growth2023, strategic2023, infra2023])).toEqual([]);
  });
  it('rejects another year, basis or unit beside them, naming the figure', () => {
    expect(compareIssues([growth2023, strategic2022])).toEqual([
      { index: 1, message: 'expected the year 2023 like growth-2023, found 2022 (strategic-2022)' },
      { index: 1, message: 'expected the basis budget like growth-2023, found actual (strategic-2022)' },
    ]);
    expect(compareIssues([growth2023, fig('projects', 40, 2023, 'budget', 'projects')])).toEqual([
      { index: 1, message: 'expected the unit won like growth-2023, found projects (projects)' },
    ]);
  });
  it('rejects a multi-year total beside one year’s amounts: a project’s (by its period or its words) or a period’s', () => {
    expect(isMultiYear(bioHubTotal)).toBe(true);
    expect(isMultiYear({ ...growth2023, year: undefined, period: 'project' })).toBe(true);
    expect(isMultiYear(growth2023)).toBe(false);
    expect(compareIssues([growth2023, bioHubTotal])).toEqual([{ index: 1, message: 'expected a value of one year, found k-bio-lab-hub-total, a whole project’s total' }]);
    const withPeriod: ChartFigure = { ...fig('hub', 272600000000, 2023, 'budget', 'won'), year: undefined, period: { start: 2023, end: 2031 } };
    expect(compareIssues([growth2023, withPeriod])).toEqual([{ index: 1, message: 'expected a value of one year, found hub, a total over 2023–2031' }]);
    expect(seriesIssues([...smart.slice(0, 2), withPeriod]).map((i) => i.message)).toContain('expected a value of one year, found hub, a total over 2023–2031');
  });
  it('needs three years for a series, one figure each, and one measured basis', () => {
    expect(seriesIssues(smart)).toEqual([]);
    expect(seriesIssues(smart.slice(0, 2))).toEqual([{ index: null, message: 'expected at least 3 yearly figures, found 2' }]);
    expect(seriesIssues([...smart, fig('sf-2022b', 30144, 2022, 'cumulative')])).toEqual([
      { index: 4, message: 'expected one figure per year, found 2022 again (sf-2022 and sf-2022b)' },
    ]);
    expect(seriesIssues([...smart.slice(0, 3), fig('new-2022', 5105, 2022, 'actual')])).toEqual([
      { index: 3, message: 'expected one kind of measured value, cumulative like sf-2019, found actual (new-2022)' },
    ]);
    // Scale-up TIPS operators: 5 ('21) → 14 ('22) → 19 ('23, plan): planned points may follow measured ones.
    expect(seriesIssues([fig('op-2021', 5, 2021, 'cumulative'), fig('op-2022', 14, 2022, 'cumulative'), fig('op-2023', 19, 2023, 'plan')])).toEqual([]);
  });
  it('holds progress to a target of the same unit, not earlier than its points', () => {
    expect(progressIssues(smart, smartTarget)).toEqual([]);
    expect(progressIssues(smart, fig('x', 30000, 2023, 'plan'))).toEqual([{ index: null, message: 'expected a target figure, found x with basis plan' }]);
    expect(progressIssues(smart, fig('y', 30000, 2023, 'target', 'companies'))).toEqual([{ index: null, message: 'expected a target in count like sf-2019, found companies (y)' }]);
    expect(progressIssues(smart, fig('z', 30000, 2021, 'target'))).toEqual([{ index: 3, message: 'expected a year up to the target’s 2021, found 2022 (sf-2022)' }]);
  });
});

describe('chart models', () => {
  const period = { start: 2019, end: 2023 };
  it('states the smart-factory progress in words, in both languages', () => {
    expect(progressChart({ ko: '스마트공장 보급', en: 'Smart factories deployed' }, smart, smartTarget, period, 'ko').summary).toBe('2022년 누적 30,144개, 목표 3만개(2019~2023년) 초과 달성');
    expect(progressChart({ ko: '스마트공장 보급', en: 'Smart factories deployed' }, smart, smartTarget, period, 'en').summary).toBe('30,144 (cumulative) in 2022; target for 2019–2023: 30,000; target exceeded');
    const short = progressChart({ ko: '가' }, smart.slice(0, 2), smartTarget, period, 'ko');
    expect(short.summary).toBe('2020년 누적 19,799개, 목표 3만개(2019~2023년) 대비 65.9%');
  });
  it('draws each year once, oldest first, with its basis, and the target as a line', () => {
    const model = progressChart({ ko: '스마트공장 보급' }, [...smart].reverse(), smartTarget, period, 'ko');
    const rows = model.groups[0]!.rows;
    expect(rows.map((r) => r.label)).toEqual(['2019년 · 누적', '2020년 · 누적', '2021년 · 누적', '2022년 · 누적']);
    expect(rows.map((r) => r.bars[0]!.value)).toEqual([12660, 19799, 25039, 30144]);
    expect(rows.map((r) => r.bars[0]!.text)).toEqual(['12,660개', '19,799개', '25,039개', '30,144개']);
    expect(model.reference).toEqual({ value: 30000, text: '목표 3만개(2019~2023년)' });
  });
  it('puts amounts side by side in content order, formatted as on the page, without a sum', () => {
    const model = compareChart({ ko: '2023년 R&D 지원 구조별 금액' }, [growth2023, strategic2023, infra2023], 'ko', documents);
    const bars = model.groups[0]!.rows.map((r) => r.bars[0]!);
    expect(bars.map((b) => b.text)).toEqual(['1조 1,657억원', '5,309억원', '1,281억원']);
    expect(bars.map((b) => b.text)).toEqual([growth2023, strategic2023, infra2023].map((f) => formatFigure(f, 'ko')));
    expect(bars).toHaveLength(3);
    expect(model.note).toBe('2023년도 시행계획에 적힌 2023년 예산 수치를 나란히 놓았습니다. 합계나 총예산이 아닙니다.');
    expect(model.summary).toBe('가장 큰 값은 growth-2023 1조 1,657억원, 가장 작은 값은 infra-2023 1,281억원입니다.');
    expect(model.legend).toEqual([{ style: 'hatched', text: '예산' }]);
  });
  it('writes a series as from → to with the Korean particle that fits', () => {
    // Ⅱ-1-3: 투자형 R&D(모태펀드, 억원) : (‘20) 165 → (‘21) 335 → (’22) 500
    const rd = [fig('rd-2020', 16500000000, 2020, 'budget', 'won'), fig('rd-2021', 33500000000, 2021, 'budget', 'won'), fig('rd-2022', 50000000000, 2022, 'budget', 'won')];
    expect(seriesChart({ ko: '투자형 R&D' }, rd, 'ko').summary).toBe('2020년 165억원에서 2022년 500억원으로 증가');
    expect(seriesChart({ ko: '투자형 R&D' }, rd, 'en').summary).toBe('Up: from KRW 16.5 billion in 2020 to KRW 50 billion in 2022');
    const tips = [fig('op-2021', 5, 2021, 'cumulative'), fig('op-2022', 14, 2022, 'cumulative'), fig('op-2023', 19, 2023, 'plan')];
    const model = seriesChart({ ko: '운영사' }, tips, 'ko');
    expect(model.groups[0]!.rows.map((r) => [r.label, r.bars[0]!.style])).toEqual([['2021년 · 누적', 'solid'], ['2022년 · 누적', 'solid'], ['2023년 · 계획', 'hatched']]);
    expect(model.legend).toEqual([{ style: 'solid', text: '누적' }, { style: 'hatched', text: '계획' }]);
  });
  it('compares roadmap editions with the totals it is given and marks changes in words', () => {
    const model = roadmapChart(
      [{ category: '4ir', totals: [{ year: 2021, fields: 20, products: 138 }, { year: 2022, fields: 23, products: 178 }], rows: [
        { name: { ko: '드론·개인이동수단' }, previousName: { ko: '드론' }, note: '명칭·범위 변경', counts: [{ year: 2021, value: 4, figureId: 'd21' }, { year: 2022, value: 6, figureId: 'd22' }] },
        { name: { ko: 'CCUS' }, note: '신설', counts: [{ year: 2022, value: 8, figureId: 'c22' }] },
      ] }],
      [{ year: 2021, fields: 30, products: 197 }, { year: 2022, fields: 32, products: 224 }],
      [2021, 2022],
      'ko',
    );
    expect(model.summary).toBe('2021년 30개 분야 197개 → 2022년 32개 분야 224개(전략제품 +27개)');
    expect(model.groups[0]!.heading).toBe('4차 산업혁명: 2021년 20개 분야 138개 → 2022년 23개 분야 178개');
    const [drone, ccus] = model.groups[0]!.rows;
    expect([drone!.label, drone!.note, drone!.bars.map((b) => [b.text, b.style])]).toEqual(['드론·개인이동수단 (← 드론)', '명칭·범위 변경', [['4', 'hatched'], ['6', 'solid']]]);
    expect([ccus!.note, ccus!.bars.map((b) => b.text)]).toEqual(['신설', ['8']]);
  });
});

describe('chart layout', () => {
  it('wraps labels to the phone width without losing words', () => {
    const text = 'Resource circulation and energy recycling (← Eco-friendly materials and resource circulation) ▸ Renamed and rescoped';
    const lines = wrap(text, phoneWidth);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ').replace(/\s+/g, ' ')).toBe(text);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(phoneWidth);
    expect(wrap('자원순환·에너지재활용 (← 친환경소재·자원순환)', 120)).toEqual(['자원순환·', '에너지재활용 (←', '친환경소재·', '자원순환)']);
  });
  it('keeps text at 13 px, the longest bar and its value inside a 326 px phone chart, and ticks apart', () => {
    expect(fontSize).toBeGreaterThanOrEqual(12);
    const model = compareChart({ ko: '금액', en: 'Amounts' }, [growth2023, strategic2023, infra2023], 'en', documents);
    const layout = layoutChart(model, (v) => formatFigure({ value: v, unit: 'won' }, 'en'));
    for (const bar of layout.rows.flatMap((r) => r.bars)) expect((bar.length / 100) * phoneWidth + 5 + textWidth(bar.text, fontSize, true)).toBeLessThanOrEqual(phoneWidth);
    const edges = layout.ticks.map((t) => {
      const x = (t.at / 100) * phoneWidth;
      const w = textWidth(t.text);
      return t.anchor === 'start' ? [x, x + w] : [x - w / 2, x + w / 2];
    });
    expect(edges[0]).toEqual([0, textWidth('KRW 0')]);
    edges.slice(1).forEach(([start], i) => expect(start!).toBeGreaterThan(edges[i]![1]!));
    expect(layout.rows.map((r) => r.bars[0]!.length)).toEqual([...layout.rows.map((r) => r.bars[0]!.length)].sort((a, b) => b - a));
  });
  it('places the target line at the target, with its label at the top', () => {
    const model = progressChart({ ko: '스마트공장 보급' }, smart, smartTarget, { start: 2019, end: 2023 }, 'ko');
    const layout = layoutChart(model, (v) => formatFigure({ value: v, unit: 'count' }, 'ko'));
    const last = layout.rows.at(-1)!.bars[0]!;
    expect(layout.reference!.at).toBeCloseTo((last.length * 30000) / 30144, 1);
    expect(layout.reference!.y).toBeLessThan(layout.rows[0]!.label.y);
  });
});
