// The content check on charts: each bad `charts:` entry or target `progress` yields one line naming the file,
// line and field, what was expected and what was found (the full message is asserted).
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/content-check/index.ts';
import { contentSet, source000 } from '../fixtures/content.ts';

// Words of document 000 (Ⅱ-2-1, Ⅳ-1-1, Ⅳ-1-2) that the extra figures quote.
const sources = {
  '000': `${source000}
     * 연도별 누적 : ('19) 12,660 → ('20) 19,799 → (’21) 25,039 → (‘22) 30,144개
◦ (구조화) R&D 지원체계를 기업성장(1조 1,657억원), 전략분야(5,309억원),
     * 총 사업비 2,726억원(국비 1,095억원, 지방비 1,550억원, 민간 81억원)`,
};

// `when` is `year: 2022` or `period: …`; `says` the words of the quote that state the number (plus unitFrom for a bare one).
const figure = (id: string, value: number, unit: string, when: string, basis: string, label: string, quote: string, says: string) =>
  `  - id: ${id}\n    value: ${value}\n    unit: ${unit}\n    ${when}\n    basis: ${basis}\n    label: { ko: ${label}, en: ${id} }\n    source: { document: "000", section: II-2-1, quote: "${quote}", says: "${says}" }\n`;

const measure = [
  '---', 'title: 차트 시험', 'kind: result', 'task: 2-1', 'figures:',
  figure('sf-2019', 12660, 'count', 'year: 2019', 'cumulative', '스마트공장 누적', "('19) 12,660 → ('20) 19,799 → (’21) 25,039 → (‘22) 30,144개", '12,660", unitFrom: "30,144개').trimEnd(),
  figure('sf-2020', 19799, 'count', 'year: 2020', 'cumulative', '스마트공장 누적', "('20) 19,799 → (’21) 25,039 → (‘22) 30,144개", '19,799", unitFrom: "30,144개').trimEnd(),
  figure('sf-new-2022', 5105, 'count', 'year: 2022', 'actual', '스마트공장 신규', '5,105개 스마트공장 신규 보급', '5,105개').trimEnd(),
  figure('growth-2023', 1165700000000, 'won', 'year: 2023', 'budget', '기업성장 R&D', '기업성장(1조 1,657억원)', '1조 1,657억원').trimEnd(),
  figure('hub-total', 272600000000, 'won', 'period: project', 'budget', 'K-바이오랩허브 총 사업비', '총 사업비 2,726억원', '2,726억원').trimEnd(),
  '---', '본문', '',
].join('\n');
const task = (kind: string, ids: string) =>
  `strategy: 2\ntitle: { ko: 스마트공장 확산, en: Smart factories }\nschedule:\n  - { year: 2023, timing: all-year }\ncharts:\n  - kind: ${kind}\n    title: { ko: 차트, en: Chart }\n    figures: [${ids}]\n`;

const plan = (targetEnd: number, progress: string) =>
  [
    'title: { ko: 제4차 계획, en: 4th plan }', 'period: { start: 2019, end: 2023 }', 'established: "2019-12"', 'implementationYear: 2023',
    ...['resolution', 'reason', 'purpose', 'legalBasis', 'department', 'vision'].map((k) => `${k}: { ko: 가, en: a }`),
    'cycle: sf-target', 'history: []', 'annualPlans: []', 'sourceBlocks: [{ section: II-2-1, heading: "스마트 공장 30,000개 보급 확산" }]',
    'targets:', '  - id: target-smart-factories', '    area: productivity', '    indicator: { ko: 스마트공장 보급, en: Smart factories }', '    target: sf-target', `    progress: [${progress}]`,
    'figures:', figure('sf-target', 30000, 'count', `period: { start: 2019, end: ${targetEnd} }`, 'target', '스마트공장 보급 목표', '목표치(3만개)', '3만개').trimEnd(), '',
  ].join('\n');

async function problems(patch: Record<string, string>) {
  const files = contentSet({ 'measures/2022/2-1-2.ko.mdx': measure, ...patch });
  return (await checkContent(files, sources)).problems.map(formatProblem);
}

const T = 'content/tasks/4/2-1.yaml';
const P = 'content/plans/4.yaml';

describe('charts in content', () => {
  it('pass when they follow their kind', async () => {
    expect(await problems({ 'tasks/4/2-1.yaml': task('series', 'sf-2019, sf-2020, sf-cumulative-2022') })).toEqual([]);
  });
  it.each([
    ['unknown figure id', task('compare', 'growth-2023, growth-2024'), [`${T}:8  charts[0].figures[1]  expected the id of a figure stored in some content file, found "growth-2024"`]],
    ['unknown chart kind', task('pie', 'sf-2019, sf-2020'), [`${T}:6  charts[0].kind  expected one of "compare" | "series", found "pie"`]],
    ['a multi-year total beside one year’s amount', task('compare', 'growth-2023, hub-total'), [`${T}:8  charts[0].figures[1]  expected a value of one year, found hub-total, a whole project’s total`]],
    ['mixed unit, year and basis side by side', task('compare', 'growth-2023, sf-2019'), [
      `${T}:8  charts[0].figures[1]  expected the unit won like growth-2023, found count (sf-2019)`,
      `${T}:8  charts[0].figures[1]  expected the year 2023 like growth-2023, found 2019 (sf-2019)`,
      `${T}:8  charts[0].figures[1]  expected the basis budget like growth-2023, found cumulative (sf-2019)`,
    ]],
    ['a series of two years', task('series', 'sf-2019, sf-2020'), [`${T}:8  charts[0].figures  expected at least 3 yearly figures, found 2`]],
    ['a series mixing actual and cumulative values', task('series', 'sf-2019, sf-2020, sf-new-2022'), [`${T}:8  charts[0].figures[2]  expected one kind of measured value, cumulative like sf-2019, found actual (sf-new-2022)`]],
    ['a series with a year twice', task('series', 'sf-2019, sf-2020, sf-2020'), [`${T}:8  charts[0].figures[2]  expected one figure per year, found 2020 again (sf-2020 and sf-2020)`]],
  ])('%s', async (_, text, expected) => {
    expect(await problems({ 'tasks/4/2-1.yaml': text })).toEqual(expected);
  });
  it.each([
    ['progress after the target’s period, mixing measured kinds', plan(2020, 'sf-2019, sf-2020, sf-new-2022'), [`${P}:20  targets[0].progress[2]  expected one kind of measured value, cumulative like sf-2019, found actual (sf-new-2022)`, `${P}:20  targets[0].progress[2]  expected a year up to the target’s 2020, found 2022 (sf-new-2022)`]],
    ['progress naming no figure', plan(2023, 'sf-2019, sf-2030'), [`${P}:20  targets[0].progress[1]  expected the id of a figure stored in some content file, found "sf-2030"`]],
    ['progress in another unit than the target', plan(2023, 'growth-2023, growth-2023'), [
      `${P}:20  targets[0].progress[1]  expected one figure per year, found 2023 again (growth-2023 and growth-2023)`,
      `${P}:20  targets[0].progress  expected a target in won like growth-2023, found count (sf-target)`,
    ]],
  ])('%s', async (_, text, expected) => {
    const found = await problems({ 'plans/4.yaml': text });
    expect(found.filter((p) => p.includes('progress'))).toEqual(expected);
  });
  it('passes a plan target whose progress fits', async () => {
    expect(await problems({ 'plans/4.yaml': plan(2023, 'sf-2019, sf-2020') })).toEqual([]);
  });
});
