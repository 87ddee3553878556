// The open-data files of the built site: they parse, validate against their published JSON Schemas, have one
// row per content entry, carry known values, and the CSV matches the JSON cell by cell.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/lib/content-check/read.ts';
import { parseContentFile } from '../../src/lib/content-check/parse.ts';
import { dist, root } from '../support/project.ts';

const files = await readContentFiles(root);
const figureCount = files.reduce((n, f) => {
  const parsed = parseContentFile(f.path, f.text);
  return n + ('data' in parsed ? ((parsed.data as { figures?: unknown[] }).figures?.length ?? 0) : 0);
}, 0);
const expectedRows = {
  figures: figureCount,
  programmes: files.filter((f) => /^programmes\/[^/]+\.yaml$/.test(f.path)).length,
  measures: files.filter((f) => /^measures\/\d{4}\/[^/]+\.ko\.mdx$/.test(f.path)).length,
  'roadmap-fields': files.filter((f) => /^roadmap-fields\/[^/]+\.ko\.mdx$/.test(f.path)).length,
};
const names = Object.keys(expectedRows) as (keyof typeof expectedRows)[];

const read = (name: string) => readFile(join(dist, 'data', name));
const json = async (name: string) => JSON.parse((await read(`${name}.json`)).toString('utf8')) as Record<string, unknown>[];
const csv = async (name: string) => parse(await read(`${name}.csv`), { bom: true, columns: true }) as Record<string, string>[];

describe('open data files', () => {
  it('count the content as the checker reads it', () => {
    expect(expectedRows.figures).toBeGreaterThan(300);
    expect(expectedRows).toMatchObject({ programmes: 83, 'roadmap-fields': 32 });
  });

  it.each(names)('%s.json validates against %s.schema.json', async (name) => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse((await read(`${name}.schema.json`)).toString('utf8')));
    const data = await json(name);
    validate(data);
    expect(validate.errors ?? []).toEqual([]);
    expect(data).toHaveLength(expectedRows[name]);
  });

  it.each(names)('%s.csv starts with the UTF-8 BOM and has one row per entry', async (name) => {
    const bytes = await read(`${name}.csv`);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(await csv(name)).toHaveLength(expectedRows[name]);
  });

  it('the schema rejects a wrong record', async () => {
    const ajv = new Ajv2020({ strict: true });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse((await read('figures.schema.json')).toString('utf8')));
    const [first] = await json('figures');
    expect(validate([{ ...first, unit: '억원' }])).toBe(false);
    expect(validate([{ ...first, extra: 1 }])).toBe(false);
  });

  it('has the 2022 growth-stage R&D figure: 1조 1,081억원 in won, in JSON and CSV', async () => {
    const fromJson = (await json('figures')).find((f) => f.id === '1-1-2022-growth-rd');
    expect(fromJson).toMatchObject({ value: 1108100000000, unit: 'won', year: 2022, basis: 'actual', source: { document: '000', section: 'II-1-1' } });
    const row = (await csv('figures')).find((r) => r.id === '1-1-2022-growth-rd');
    expect(row).toMatchObject({ value: '1108100000000', unit: 'won', year: '2022', basis: 'actual', document: '000', section: 'II-1-1', stated_in_kind: 'measure', stated_in_id: '2022-1-1-1' });
    expect(row!.quote).toContain('1조 1,081억원');
    expect(row!.label_en).toMatch(/R&D support tailored to growth stages/);
  });

  it('every figure has the same texts in CSV and JSON (quoting keeps commas, quotes, line breaks)', async () => {
    const records = await json('figures');
    const rows = await csv('figures');
    const mismatches = records.flatMap((f, i) => {
      const r = rows[i]!;
      const s = f.source as { quote: string };
      const l = f.label as { ko: string; en?: string };
      return r.id === f.id && r.quote === s.quote && r.label_ko === l.ko && r.label_en === (l.en ?? '') && Number(r.value) === f.value ? [] : [f.id];
    });
    expect(rows.filter((r) => r.quote!.includes(',')).length).toBeGreaterThan(10);
    expect(mismatches).toEqual([]);
  });

  it('has bilingual columns and links rows to their pages', async () => {
    const [programme] = await csv('programmes');
    expect(Object.keys(programme!)).toEqual(expect.arrayContaining(['id', 'name_ko', 'name_en', 'summary_ko', 'summary_en', 'ministry_ko', 'ministry_en', 'url_ko', 'url_en']));
    const tips = (await csv('programmes')).find((p) => p.id === 'scale-up-tips');
    expect(tips).toMatchObject({ name_ko: '스케일업 팁스', name_en: 'Scale-up TIPS', ministry: 'mss', ministry_ko: '중소벤처기업부' });
    expect(new URL(tips!.url_en!).pathname).toBe('/en/programmes/scale-up-tips/');
    const measure = (await csv('measures')).find((m) => m.id === '2022-1-1-1');
    expect(measure).toMatchObject({ year: '2022', kind: 'result', strategy: '1', task: '1-1', continued_by: '2023-1-1-1', figures: '1-1-2022-growth-rd;1-1-2022-strategic-fields-rd;1-1-2022-infrastructure-rd' });
    const ai = (await csv('roadmap-fields')).find((f) => f.id === 'artificial-intelligence');
    expect(ai).toMatchObject({ name_ko: '인공지능', products_2021: '8', products_2022: '9' });
  });

  it('the data page describes every file with its row count, in both languages', async () => {
    const ko = await readFile(join(dist, 'data/index.html'), 'utf8');
    const en = await readFile(join(dist, 'en/data/index.html'), 'utf8');
    for (const name of names)
      for (const file of [`${name}.json`, `${name}.csv`, `${name}.schema.json`]) {
        expect(ko).toContain(`href="/data/${file}"`);
        expect(en).toContain(`href="/data/${file}"`);
      }
    expect(en).toContain(`${expectedRows.figures} rows`);
    expect(ko).toContain(`${expectedRows.figures}행`);
    expect(en).toContain('<code>label_ko</code>');
  });
});
