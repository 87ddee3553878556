// The content check against one fixture per kind of bad input: each names the file, line, field,
// what was expected and what was found.
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/content-check/index.ts';
import { contentSet, measureWith, sources } from '../fixtures/content.ts';

async function problems(patch: Record<string, string | null>) {
  return (await checkContent(contentSet(patch), sources)).problems.map(formatProblem);
}

const M = 'content/measures/2022/2-1-1.ko.mdx';

describe('valid content', () => {
  it('has no problems and nothing untranslated', async () => {
    expect(await checkContent(contentSet(), sources)).toEqual({ problems: [], untranslated: [] });
  });
});

describe('bad input', () => {
  it.each([
    ['malformed YAML', { 'tasks/2-1.yaml': 'strategy: 2\ntitle: { ko: 스마트공장\nschedule: x\n' }, /^content\/tasks\/2-1\.yaml:\d+ {2}\(file\) {2}expected valid YAML, found /],
    ['wrong type', measureWith('value: 30144', 'value: "30,144개"'), new RegExp(`^${M}:8  figures\\[0\\]\\.value  expected a number, found "30,144개"`)],
    ['missing required field', measureWith('kind: result\n', ''), new RegExp(`^${M}:\\d+  kind  expected a? ?"?result"? \\| "plan"|^${M}:\\d+  kind  expected one of "result" \\| "plan", found nothing`)],
    ['unknown figure id', { 'measures/2022/2-1-1.en.mdx': '---\ntitle: x\n---\n<Fig id="sf-cumulative-2021" />\n' }, /^content\/measures\/2022\/2-1-1\.en\.mdx:4 {2}<Fig id> {2}expected the id of a figure stored in some content file, found "sf-cumulative-2021"/],
    ['dangling reference', measureWith('programmes: [smart-factory]', 'programmes: [smart-factories]'), new RegExp(`^${M}:5  programmes\\[0\\]  expected a programme in content/programmes/, found "smart-factories"`)],
    ['dangling task', measureWith('task: 2-1', 'task: 2-9'), new RegExp(`^${M}:4  task  expected a task in content/tasks/, found "2-9"`)],
    ['duplicate figure id', { 'measures/2022/2-1-2.ko.mdx': contentSet().find((f) => f.path.endsWith('2-1-1.ko.mdx'))!.text }, /figures\[0\]\.id {2}expected a figure id used once across the site, found "sf-cumulative-2022" also in/],
    ['figure without a source', measureWith('    source: { document: "000", section: II-2-1, quote: "초과 달성(누적 30,144개)" }\n', ''), new RegExp(`^${M}:\\d+  figures\\[0\\]\\.source  expected an? object, found nothing`)],
    ['quote not found in the source', measureWith('quote: "초과 달성(누적 30,144개)"', 'quote: "초과 달성(누적 30,145개)"'), /figures\[0\]\.source\.quote {2}expected the exact words of document 000, found words that are not in it/],
    ['value not in the quote', measureWith('value: 30144', 'value: 30145'), /figures\[0\]\.value {2}expected a number that the quote states, found 30145/],
    ['negative money', measureWith('value: 30144\n    unit: count', 'value: -30144\n    unit: won'), /figures\[0\]\.value {2}expected a non-negative number, found -30144/],
    ['percent over 100', measureWith('value: 30144\n    unit: count', 'value: 301.44\n    unit: percent'), /figures\[0\]\.value {2}expected a percentage between 0 and 100, found 301.44/],
    ['year out of range', measureWith('year: 2022', 'year: 20222'), /figures\[0\]\.year {2}expected .*2100.*, found 20222/],
    ['invalid date', { 'tasks/2-1.yaml': 'strategy: 2\ntitle: { ko: 스마트공장, en: Smart factories }\nschedule: { year: 2023, timing: sometime }\n' }, /schedule\.timing {2}expected one of "first-half" \| "second-half" \| "all-year", found "sometime"/],
    ['MDX syntax error', { 'measures/2022/2-1-1.en.mdx': '---\ntitle: x\n---\n<Fig id="sf-cumulative-2022" />\n\n{unclosed\n' }, /^content\/measures\/2022\/2-1-1\.en\.mdx:\d+ {2}\(body\) {2}expected valid MDX, found /],
    ['script in a body', { 'measures/2022/2-1-1.en.mdx': '---\ntitle: x\n---\n<Fig id="sf-cumulative-2022" /> <script>alert(1)</script>\n' }, /\(body\) {2}expected text, Markdown and <Fig id="…" \/> only, found <script>/],
    ['HTML in a text field', { 'strategies/2.yaml': 'title: { ko: "<b>생산성</b> 혁신", en: Productivity }\n' }, /^content\/strategies\/2\.yaml:1 {2}title\.ko {2}expected plain text without HTML tags/],
    ['misspelt field', measureWith('programmes:', 'programmess:'), /programmess {2}expected no field "programmess" here/],
    ['translation with other figures', { 'measures/2022/2-1-1.en.mdx': '---\ntitle: x\n---\nNo figure here.\n' }, /expected the same figures as the Korean text, found missing sf-cumulative-2022/],
    ['glossary quote not in the source', { 'glossary/sf.yaml': 'name: { ko: 스마트공장, en: Smart factory }\nkind: term\nenglishName: official\ndefinition: { ko: 정의, en: Definition }\nsource: { document: "000", section: II-2-1, quote: 스마트공장 4만개 }\n' }, /^content\/glossary\/sf\.yaml:5 {2}source\.quote {2}expected the exact words of document 000, found words that are not in it: "스마트공장 4만개"/],
    ['glossary term naming an unknown programme', { 'glossary/sf.yaml': 'name: { ko: 스마트공장, en: Smart factory }\nkind: term\nenglishName: official\ndefinition: { ko: 정의, en: Definition }\nsource: { document: "000", section: II-2-1, quote: 스마트공장 신규 보급 }\nprogrammes: [smart-factories]\n' }, /^content\/glossary\/sf\.yaml:6 {2}programmes\[0\] {2}expected a programme in content\/programmes\/, found "smart-factories"/],
    ['file in the wrong place', { 'measures/2-1-1.ko.mdx': 'x' }, /^content\/measures\/2-1-1\.ko\.mdx:1 {2}\(file\) {2}expected a measure file named content\/measures\/<year>\/<task>-<n>\.ko\.mdx/],
  ] as const)('%s', async (_, patch, expected) => {
    const found = await problems(patch as Record<string, string>);
    expect(found.some((p) => expected.test(p)), `problems:\n${found.join('\n')}`).toBe(true);
  });
});

describe('missing English', () => {
  it('lists entries whose English file or field is missing, without failing', async () => {
    const result = await checkContent(contentSet({ 'measures/2022/2-1-1.en.mdx': null, 'strategies/2.yaml': 'title: { ko: 생산성 혁신 }\n' }), sources);
    expect(result.problems).toEqual([]);
    expect(result.untranslated).toEqual(['content/measures/2022/2-1-1.ko.mdx (no English file)', 'content/strategies/2.yaml:1  title.en']);
  });
});
