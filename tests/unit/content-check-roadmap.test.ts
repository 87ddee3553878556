// The content check on roadmap editions and fields: lineage, totals against the field entries, the
// product-list address, and names that must agree. Each case prints file:line  field  expected …, found ….
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/content-check/index.ts';
import { contentSet, sources } from '../fixtures/content.ts';

const source004 = `참고 1
’21년 일정계획(로드맵)(’21~’23년) ’22년 일정계획(로드맵)
계 2개 분야, 12개 품목 2개 분야, 15개 품목
성장기반 0개 분야, 0개 품목
전략분야 제품(개) 전략분야 제품(개)
인공지능 8 인공지능 9
드론 4 드론·개인이동수단 6 명칭·범위 변경
※ 전략제품 목록은 ‘중소기업 기술일정계획(로드맵) 누리집(smroadmap.smtech.go.kr)’에서 확인 가능`;

/** A figure of the fixture; a table cell (`인공지능 8`) takes its unit from the header 제품(개). */
const figure = (id: string, value: number, unit: string, year: number, quote: string, says: string) =>
  `  - { id: ${id}, value: ${value}, unit: ${unit}, year: ${year}, basis: edition, label: { ko: 가, en: a }, source: { document: "004", section: ref-1, quote: "${quote}", says: "${says}"${/\d$/.test(says) ? ', unitFrom: "제품(개)"' : ''} } }`;
const edition = (year: number, fields: number, products: number, extra = '') =>
  [
    `title: { ko: "’${year % 100}년 로드맵", en: "${year} roadmap" }`,
    `period: { start: ${year}, end: ${year + 2} }`,
    'source: { document: "004", section: ref-1 }',
    `totals: { fields: f-${year}, products: p-${year}, byCategory: { 4ir: { fields: f-${year}, products: p-${year} }, growth-base: { fields: g-${year}, products: g-${year} } } }`,
    extra,
    'figures:',
    figure(`f-${year}`, fields, 'fields', year, `${fields}개 분야, ${products}개 품목`, `${fields}개 분야`),
    figure(`p-${year}`, products, 'products', year, `${fields}개 분야, ${products}개 품목`, `${products}개 품목`),
    figure(`g-${year}`, 0, 'fields', year, '성장기반 0개 분야, 0개 품목', '0개 분야'),
    '',
  ].join('\n');
const field = (title: string, editions: string[], figures: string[]) =>
  `---\ntitle: "${title}"\neditions:\n${editions.map((e) => `  - ${e}`).join('\n')}\nfigures:\n${figures.join('\n')}\n---\n`;
const ai = field('인공지능', [
  '{ year: 2021, order: 1, name: { ko: 인공지능, en: AI }, category: 4ir, products: ai-2021 }',
  '{ year: 2022, order: 1, name: { ko: 인공지능, en: AI }, category: 4ir, products: ai-2022 }',
], [figure('ai-2021', 8, 'products', 2021, '인공지능 8 인공지능 9', '인공지능 8'), figure('ai-2022', 9, 'products', 2022, '인공지능 8 인공지능 9', '인공지능 9')]);
const drones = (change = 'change: [renamed, rescoped], remark: "명칭·범위 변경"', title = '드론·개인이동수단') => field(title, [
  '{ year: 2021, order: 2, name: { ko: 드론, en: Drones }, category: 4ir, products: d-2021 }',
  `{ year: 2022, order: 2, name: { ko: 드론·개인이동수단, en: Drones and personal mobility }, category: 4ir, products: d-2022, ${change} }`,
], [figure('d-2021', 4, 'products', 2021, '드론 4 드론·개인이동수단 6', '드론 4'), figure('d-2022', 6, 'products', 2022, '드론 4 드론·개인이동수단 6', '드론·개인이동수단 6')]);
const list = 'productList: { url: "https://smroadmap.smtech.go.kr", label: { ko: 누리집, en: website }, quote: "전략제품 목록은 ‘중소기업 기술일정계획(로드맵) 누리집(smroadmap.smtech.go.kr)’에서 확인 가능" }';
const roadmap = {
  'documents/004.yaml': 'title: { ko: 보도자료, en: Press release }\nshort: { ko: 보도자료, en: Press release }\nreports: { results: 2022, plans: 2022 }\n',
  'roadmap-editions/2021.yaml': edition(2021, 2, 12),
  'roadmap-editions/2022.yaml': edition(2022, 2, 15, list),
  'roadmap-fields/artificial-intelligence.ko.mdx': ai,
  'roadmap-fields/artificial-intelligence.en.mdx': '---\ntitle: AI\n---\n',
  'roadmap-fields/drones.ko.mdx': drones(),
  'roadmap-fields/drones.en.mdx': '---\ntitle: Drones and personal mobility\n---\n',
};
const all = { ...sources, '004': source004 };
async function problems(patch: Record<string, string | null> = {}) {
  return (await checkContent(contentSet({ ...roadmap, ...patch }), all)).problems.map(formatProblem);
}

describe('roadmap content check', () => {
  it('accepts a consistent roadmap', async () => expect(await problems()).toEqual([]));

  it.each([
    ['a rename not marked', { 'roadmap-fields/drones.ko.mdx': drones('remark: "명칭·범위 변경"') },
      'content/roadmap-fields/drones.ko.mdx:5  editions[1].change  expected renamed among the changes: the name differs from the 2021 edition (드론 → 드론·개인이동수단), found []'],
    ['a title that is not the latest name', { 'roadmap-fields/drones.ko.mdx': drones(undefined, '드론') },
      'content/roadmap-fields/drones.ko.mdx:2  title  expected "드론·개인이동수단", the name in the field\'s latest edition (2022), found "드론"'],
    ['a remark the source does not write', { 'roadmap-fields/drones.ko.mdx': drones('change: [renamed, rescoped], remark: "명칭 변경"') },
      'content/roadmap-fields/drones.ko.mdx:5  editions[1].remark  expected words of the 2022 edition\'s source (document 004), found words that are not in it: "명칭 변경"'],
    ['an http address', { 'roadmap-editions/2022.yaml': edition(2022, 2, 15, list.replace('https://', 'http://')) },
      'content/roadmap-editions/2022.yaml:5  productList.url  expected an https:// address, found "http://smroadmap.smtech.go.kr"'],
    ['an address the source does not give', { 'roadmap-editions/2022.yaml': edition(2022, 2, 15, list.replace('https://smroadmap.smtech.go.kr', 'https://smroadmap.smtech.go.kr/products')) },
      'content/roadmap-editions/2022.yaml:5  productList.url  expected the address the quote gives, with https:// in front, found "https://smroadmap.smtech.go.kr/products"'],
    ['a new edition whose fields are not carried over', { 'roadmap-editions/2023.yaml': edition(2023, 2, 15) },
      'content/roadmap-fields/artificial-intelligence.ko.mdx:4  editions  expected an entry for the 2023 edition (the field is in the 2022 edition; write { year: 2023, change: [dropped] } if the roadmap dropped it), found none'],
    ['a dropped entry with a name', { 'roadmap-fields/drones.ko.mdx': drones().replace('products: d-2022, change: [renamed, rescoped], remark: "명칭·범위 변경"', 'products: d-2022, change: [dropped]') },
      /^content\/roadmap-fields\/drones\.ko\.mdx:5  editions\[1\]\.order  expected nothing here: a dropped field does not stand in the 2022 edition, found 2/],
  ] as const)('reports %s', async (_, patch, message) => {
    const found = await problems(patch as Record<string, string>);
    if (typeof message === 'string') expect(found).toContain(message);
    else expect(found.some((p) => message.test(p)), found.join('\n')).toBe(true);
  });

  it('holds the edition totals to the sums of the field entries', async () => {
    const withThird = field('블록체인', ['{ year: 2021, order: 3, name: { ko: 블록체인, en: Blockchain }, category: 4ir, products: b-2021 }', '{ year: 2022, change: [dropped] }'],
      [figure('b-2021', 8, 'products', 2021, '인공지능 8 인공지능 9', '인공지능 8')]);
    expect(await problems({ 'roadmap-fields/blockchain.ko.mdx': withThird, 'roadmap-fields/blockchain.en.mdx': '---\ntitle: Blockchain\n---\n' })).toEqual([
      'content/roadmap-editions/2021.yaml:4  totals.fields  expected 3, the number of fields with a 2021 entry in content/roadmap-fields/, found figure "f-2021" = 2',
      'content/roadmap-editions/2021.yaml:4  totals.products  expected 20, the sum of the fields\' 2021 product counts in content/roadmap-fields/, found figure "p-2021" = 12',
      'content/roadmap-editions/2021.yaml:4  totals.byCategory.4ir.fields  expected 3, the number of 4ir fields with a 2021 entry in content/roadmap-fields/, found figure "f-2021" = 2',
      'content/roadmap-editions/2021.yaml:4  totals.byCategory.4ir.products  expected 20, the sum of the 4ir fields\' 2021 product counts in content/roadmap-fields/, found figure "p-2021" = 12',
    ]);
  });
});
