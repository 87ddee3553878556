import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { BOM, csvField, toCsv } from '../../src/lib/csv.ts';
import { figureColumns, recordsToCsv, roadmapFieldColumns } from '../../src/lib/open-data.ts';
import { formatFileSize } from '../../src/lib/format.ts';
import type { FigureRecord, RoadmapFieldRecord } from '../../src/schemas/open-data.ts';

const figure: FigureRecord = {
  id: '1-1-2022-growth-rd',
  value: 1108100000000,
  unit: 'won',
  year: 2022,
  basis: 'actual',
  label: { ko: '성장주기별 맞춤형 R&D 지원액', en: 'R&D support, "tailored", to growth stages' },
  source: { document: '000', section: 'II-1-1', quote: '성장주기별 맞춤형\n1조 1,081억원 지원', says: '1조 1,081억원' },
  statedIn: { kind: 'measure', id: '2022-1-1-1' },
};

describe('CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['1조 1,081억원', '"1조 1,081억원"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    [82.2, '82.2'],
    [undefined, ''],
  ] as const)('field %j → %j', (value, field) => expect(csvField(value)).toBe(field));

  it('starts with the BOM, ends rows with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe(`${BOM}a,b\r\n1,"x,y"\r\n`);
  });

  it('round-trips commas, quotes and line breaks through a CSV parser', () => {
    const text = recordsToCsv(figureColumns, [figure]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [row] = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(row).toMatchObject({
      id: '1-1-2022-growth-rd',
      value: '1108100000000',
      unit: 'won',
      year: '2022',
      basis: 'actual',
      label_ko: '성장주기별 맞춤형 R&D 지원액',
      label_en: 'R&D support, "tailored", to growth stages',
      document: '000',
      section: 'II-1-1',
      quote: '성장주기별 맞춤형\n1조 1,081억원 지원',
      says: '1조 1,081억원',
      unit_from: '',
      period_start: '',
      period_end: '',
      project_total: '',
      programme: '',
      stated_in_kind: 'measure',
      stated_in_id: '2022-1-1-1',
    });
  });
});

describe('figure periods', () => {
  it('puts a multi-year amount in period columns, never in year', () => {
    const kBio: FigureRecord = { ...figure, id: 'k-bio', year: undefined, period: { start: 2023, end: 2031 } };
    const project: FigureRecord = { ...figure, id: 'virtual', year: undefined, period: 'project' };
    const rows = parse(recordsToCsv(figureColumns, [kBio, project]), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.year, r.period_start, r.period_end, r.project_total])).toEqual([
      ['', '2023', '2031', ''],
      ['', '', '', 'true'],
    ]);
  });
});

describe('roadmap field columns', () => {
  const field: RoadmapFieldRecord = {
    id: 'ai',
    order: 1,
    name: { ko: '인공지능', en: 'Artificial intelligence' },
    category: '4ir',
    change: ['new'],
    editions: [{ year: 2022, name: { ko: '인공지능', en: 'Artificial intelligence' }, category: '4ir', products: 9, figure: 'roadmap-ai-2022', change: ['new'], from: [] }],
    products: [{ name: { ko: '음성인식', en: 'Speech recognition' } }, { name: { ko: '번역기' } }],
    measures: [],
    programmes: ['technology-roadmap', 'roadmap-linked-rd'],
    figures: ['roadmap-ai-2022'],
    url: { ko: 'https://x/roadmap/ai/', en: 'https://x/en/roadmap/ai/' },
  };
  it('has columns per edition year, empty where the field has no such edition', () => {
    const columns = roadmapFieldColumns([2021, 2022]);
    const [row] = parse(recordsToCsv(columns, [field]), { bom: true, columns: true }) as Record<string, string>[];
    expect(columns.map((c) => c.name)).toContain('products_2021');
    expect(row).toMatchObject({ products_2021: '', products_2022: '9', name_2022_en: 'Artificial intelligence', change_2022: 'new', change: 'new', programmes: 'technology-roadmap;roadmap-linked-rd' });
  });
  it('keeps a pending translation in a list cell with its Korean name', () => {
    const [row] = parse(recordsToCsv(roadmapFieldColumns([2022]), [field]), { bom: true, columns: true }) as Record<string, string>[];
    expect(row!.named_products_en).toBe('Speech recognition;번역기');
  });
});

describe('file sizes', () => {
  it.each([
    [106016, 'en', '106 kB'],
    [3193, 'en', '3.2 kB'],
    [106016, 'ko', '106kB'],
  ] as const)('%d bytes in %s → %s', (bytes, locale, text) => expect(formatFileSize(bytes, locale)).toBe(text));
});
