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
    expect(await checkContent(contentSet(), sources)).toEqual({ problems: [], untranslated: [], unconfirmed: [] });
  });
  it('accepts a synonym list', async () => {
    const synonyms = { 'search/synonyms.yaml': 'synonyms:\n  - { terms: [스마트팩토리, smart factory], means: 스마트공장 }\n' };
    expect((await checkContent(contentSet(synonyms), sources)).problems).toEqual([]);
  });
});

const plan = (established: string) =>
  [
    'title: { ko: 제4차 계획, en: 4th plan }', 'period: { start: 2019, end: 2023 }', `established: "${established}"`, 'implementationYear: 2023',
    ...['resolution', 'reason', 'purpose', 'legalBasis', 'department', 'vision'].map((k) => `${k}: { ko: 가, en: a }`),
    'history: []', 'annualPlans: []', 'targets: []', '',
  ].join('\n');
const narrative = '---\ntitle: 요약\nkind: summary\nyear: 2023\norder: 1\nsource: { document: "000", section: summary }\n---\n요약\n';
const original = (path: string) => contentSet().find((f) => f.path === path)!.text;
const E = 'content/measures/2022/2-1-1.en.mdx';
const templateFigure = '  - id: sf-cumulative-2022\n    todo: true\n    value: null\n    unit: count\n';

// Each case: the content change, and the line the check must print (file:line  field  expected …, found …).
describe('bad input', () => {
  it.each([
    ['malformed YAML', { 'tasks/4/2-1.yaml': 'strategy: 2\ntitle: { ko: 스마트공장\nschedule: x\n' }, /^content\/tasks\/4\/2-1\.yaml:3 {2}\(file\) {2}expected valid YAML, found .+/],
    ['malformed frontmatter', { [E.slice(8)]: '---\ntitle: [unclosed\n---\n<Fig id="sf-cumulative-2022" />\n' }, `${E}:2  (file)  expected valid YAML, found Flow sequence in block collection must be sufficiently indented and end with a ]`],
    ['no frontmatter', { [E.slice(8)]: '<Fig id="sf-cumulative-2022" />\n' }, `${E}:1  (file)  expected frontmatter between two "---" lines at the top, found none`],
    ['duplicate YAML key', measureWith('task: 2-1\n', 'task: 2-1\ntask: 2-2\n'), /^content\/measures\/2022\/2-1-1\.ko\.mdx:5 {2}\(file\) {2}expected valid YAML, found Map keys must be unique/],
    ['wrong type', measureWith('value: 30144', 'value: "30,144개"'), `${M}:9  figures[0].value  expected a number, found "30,144개"`],
    ['missing required field', measureWith('kind: result\n', ''), `${M}:2  kind  expected one of "result" | "plan", found nothing`],
    ['unknown figure id', { [E.slice(8)]: '---\ntitle: x\n---\n<Fig id="sf-cumulative-2021" />\n' }, `${E}:4  <Fig id>  expected the id of a figure stored in some content file, found "sf-cumulative-2021"`],
    ['dangling reference', measureWith('programmes: [smart-factory]', 'programmes: [smart-factories]'), `${M}:6  programmes[0]  expected a programme in content/programmes/, found "smart-factories"`],
    ['dangling task', measureWith('task: 2-1', 'task: 2-9'), `${M}:4  task  expected a task of plan 4 (2019–2023, which includes 2022) in content/tasks/4/, found "2-9"`],
    ['task of another plan', { 'plans/5.yaml': 'title: { ko: 제5차 계획, en: 5th plan }\nperiod: { start: 2024, end: 2028 }\nvision: { ko: 가, en: a }\ntargets: []\n', 'measures/2024/2-1-1.ko.mdx': original('measures/2022/2-1-1.ko.mdx').replace('id: sf-cumulative-2022', 'id: sf-2024') },
      'content/measures/2024/2-1-1.ko.mdx:4  task  expected a task of plan 5 (2024–2028, which includes 2024) in content/tasks/5/, found "2-1"'],
    ['measure of a year no plan covers', { 'measures/2024/2-1-1.ko.mdx': original('measures/2022/2-1-1.ko.mdx').replace('id: sf-cumulative-2022', 'id: sf-2024') },
      'content/measures/2024/2-1-1.ko.mdx:1  (file)  expected a year within the period of a plan in content/plans/ (2019–2023), found 2024; add the plan first (npm run new-plan)'],
    ['task of a plan that does not exist', { 'tasks/5/2-1.yaml': original('tasks/4/2-1.yaml'), 'strategies/5/2.ko.mdx': original('strategies/4/2.ko.mdx') }, 'content/tasks/5/2-1.yaml:1  (file)  expected a plan content/plans/5.yaml for the folder 5/, found none'],
    ['task naming a strategy of no plan', { 'tasks/4/2-1.yaml': original('tasks/4/2-1.yaml').replace('strategy: 2', 'strategy: 3') }, 'content/tasks/4/2-1.yaml:1  strategy  expected a strategy of plan 4 in content/strategies/4/, found 3'],
    ['overlapping plans', { 'plans/5.yaml': 'title: { ko: 제5차 계획, en: 5th plan }\nperiod: { start: 2023, end: 2027 }\nvision: { ko: 가, en: a }\ntargets: []\n' }, 'content/plans/5.yaml:2  period.start  expected a period after that of plan 4 (2019–2023), found 2023'],
    ['task outside a plan folder', { 'tasks/2-1.yaml': original('tasks/4/2-1.yaml') }, 'content/tasks/2-1.yaml:1  (file)  expected a file named content/tasks/<plan>/<strategy>-<task>.yaml, e.g. content/tasks/4/1-1.yaml, found tasks/2-1.yaml'],
    ['strategy as YAML', { 'strategies/4/2.yaml': 'title: { ko: 생산성 혁신 }\n' }, 'content/strategies/4/2.yaml:1  (file)  expected a file named content/strategies/<plan>/<n>.ko.mdx (or .en.mdx), e.g. content/strategies/4/1.ko.mdx, found strategies/4/2.yaml'],
    ['dangling figure comparison', measureWith('    programme: smart-factory\n', '    programme: smart-factory\n    compareWith: [sf-cumulative-2021]\n'), new RegExp(`^${M}:\\d+  figures\\[0\\]\\.compareWith\\[0\\]  expected the id of a figure stored in some content file, found "sf-cumulative-2021"`)],
    ['measure in the wrong section', measureWith('section: II-2-1, heading', 'section: IV-2-1, heading'), new RegExp(`^${M}:5  source\\.section  expected "II-2-1", the section of a result of task 2-1, found "IV-2-1"`)],
    ['heading that is no □ block of the section', measureWith('heading: "스마트 공장 30,000개 보급 확산"', 'heading: "스마트 공장 3만개 보급 확산"'), new RegExp(`^${M}:5  source\\.heading  expected the heading of a □ block of Ⅱ-2-1 in document 000, found "스마트 공장 3만개 보급 확산"`)],
    ['table that is not in the block', measureWith('보급 확산" }', '보급 확산", tables: [구분 실적] }'), new RegExp(`^${M}:5  source\\.tables\\[0\\]  expected the caption or header row of a table in this block, found "구분 실적"`)],
    ['source document without a record', measureWith('document: "000"', 'document: "001"'), `${M}:14  figures[0].source.document  expected a document described in content/documents/, found "001"`],
    ['duplicate figure id', { 'measures/2022/2-1-2.ko.mdx': original('measures/2022/2-1-1.ko.mdx') }, 'content/measures/2022/2-1-2.ko.mdx:8  figures[0].id  expected a figure id used once across the site, found "sf-cumulative-2022" also in content/measures/2022/2-1-1.ko.mdx'],
    ['duplicate entry id', { 'narratives/summary-2023.ko.mdx': narrative, 'narratives/summary/2023.ko.mdx': narrative }, 'content/narratives/summary/2023.ko.mdx:1  (file)  expected a unique id, found "summary-2023" also used by content/narratives/summary-2023.ko.mdx'],
    ['missing official English name', { 'programmes/smart-factory.yaml': original('programmes/smart-factory.yaml').replace('englishName: translation', 'englishName: official').replace(', en: Smart factory deployment }', ' }') }, 'content/programmes/smart-factory.yaml:1  name.en  expected the official English name (englishName is "official"), found nothing'],
    ['empty English title', { [E.slice(8)]: '---\ntitle: ""\n---\n<Fig id="sf-cumulative-2022" />\n' }, `${E}:2  title  expected a text that is not empty, found ""`],
    ['figure without a source', measureWith('    source: { document: "000", section: II-2-1, quote: "초과 달성(누적 30,144개)", says: "30,144개" }\n', ''), `${M}:8  figures[0].source  expected an object, found nothing`],
    ['quote not found in the source', measureWith('quote: "초과 달성(누적 30,144개)"', 'quote: "초과 달성(누적 30,145개)"'), `${M}:14  figures[0].source.quote  expected the exact words of document 000, found words that are not in it: "초과 달성(누적 30,145개)"`],
    ['value not what its words state', measureWith('value: 30144', 'value: 30145'), `${M}:9  figures[0].value  expected 30144, what "30,144개" states, found 30145`],
    ['value at another scale', measureWith('value: 30144', 'value: 301440'), `${M}:9  figures[0].value  expected 30144, what "30,144개" states, found 301440`],
    ['money unit on a count', measureWith('unit: count', 'unit: won'), `${M}:10  figures[0].unit  expected a unit of counted things (count, companies, projects …), as "30,144개" counts in 개, found won`],
    ['words not in the quote', measureWith('says: "30,144개"', 'says: "30,141개"'), `${M}:14  figures[0].source.says  expected the words of the quote that state this figure (e.g. "38억원"), found "30,141개", which the quote does not contain`],
    ['a result of a year its document cannot report', measureWith('year: 2022', 'year: 2023'), `${M}:11  figures[0].year  expected 2022 or earlier, as document 000 reports results up to 2022 (a result of 2023 cannot come from it), found 2023`],
    ['neither year nor period', measureWith('    year: 2022\n', ''), `${M}:8  figures[0].year  expected a year, or a period for an amount over several years (one of the two), found nothing`],
    ['negative money', measureWith('value: 30144\n    unit: count', 'value: -30144\n    unit: won'), `${M}:9  figures[0].value  expected a non-negative number, found -30144`],
    ['percent over 100', measureWith('value: 30144\n    unit: count', 'value: 301.44\n    unit: percent'), `${M}:9  figures[0].value  expected a percentage between 0 and 100, found 301.44`],
    ['fractional count', measureWith('value: 30144', 'value: 30144.5'), `${M}:9  figures[0].value  expected a whole number of count, found 30144.5`],
    ['year out of range (above)', measureWith('year: 2022', 'year: 20222'), `${M}:11  figures[0].year  expected a year from 2000 to 2100, found 20222`],
    ['year out of range (below)', measureWith('year: 2022', 'year: 1999'), `${M}:11  figures[0].year  expected a year from 2000 to 2100, found 1999`],
    ['invalid date', { 'plans/4.yaml': plan('2019-13') }, 'content/plans/4.yaml:3  established  expected a year and month like 2019-12, found "2019-13"'],
    ['invalid schedule timing', { 'tasks/4/2-1.yaml': 'strategy: 2\ntitle: { ko: 스마트공장, en: Smart factories }\nschedule:\n  - { year: 2023, timing: sometime }\n' }, 'content/tasks/4/2-1.yaml:4  schedule[0].timing  expected one of "first-half" | "second-half" | "all-year", found "sometime"'],
    ['year scheduled twice', { 'tasks/4/2-1.yaml': 'strategy: 2\ntitle: { ko: 스마트공장, en: Smart factories }\nschedule:\n  - { year: 2023, timing: all-year }\n  - { year: 2023, timing: first-half }\n' }, 'content/tasks/4/2-1.yaml:5  schedule[1].year  expected a year not listed before in schedule, not 2023 again, found 2023'],
    ['template figure still to be filled', measureWith('  - id: sf-cumulative-2022\n    value: 30144\n    unit: count\n', templateFigure), `${M}:10  figures[0].value  expected the figure filled in (todo: true marks a template: write value, source.quote and source.says, then delete the todo line), found null`],
    ['filled figure that keeps its todo mark', measureWith('    value: 30144\n', '    todo: true\n    value: 30144\n'), `${M}:10  figures[0].value  expected the figure filled in (todo: true marks a template: write value, source.quote and source.says, then delete the todo line), found 30144`],
    ['MDX syntax error', { [E.slice(8)]: '---\ntitle: x\n---\n<Fig id="sf-cumulative-2022" />\n\n{unclosed\n' }, `${E}:7  (body)  expected valid MDX, found Unexpected end of file in expression, expected a corresponding closing brace for \`{\``],
    ['script in a body', { [E.slice(8)]: '---\ntitle: x\n---\n<Fig id="sf-cumulative-2022" /> <script>alert(1)</script>\n' }, `${E}:4  (body)  expected text, Markdown and <Fig id="…" /> only, found <script>: HTML is not part of content: write Markdown (**bold**, - lists, | tables |)`],
    ['HTML in a text field', { 'programmes/smart-factory.yaml': original('programmes/smart-factory.yaml').replace('en: Smart factory deployment', 'en: "<b>Smart</b> factories"') }, 'content/programmes/smart-factory.yaml:1  name.en  expected plain text without HTML tags, found "<b>Smart</b> factories"'],
    ['raw HTML in a strategy body', { 'strategies/4/2.en.mdx': '---\ntitle: Productivity innovation\n---\n- Smart <b>factories</b>\n' }, 'content/strategies/4/2.en.mdx:4  (body)  expected text, Markdown and <Fig id="…" /> only, found <b>: HTML is not part of content: write Markdown (**bold**, - lists, | tables |)'],
    ['strategy translation without its Korean file', { 'strategies/4/3.en.mdx': '---\ntitle: Win-win\n---\n- text\n' }, 'content/strategies/4/3.en.mdx:2  (file)  expected a Korean file content/strategies/4/3.ko.mdx beside this translation, found none'],
    ['script in a text field', measureWith('en: Smart factories deployed (cumulative) }', 'en: "<script>alert(1)</script>" }'), `${M}:13  figures[0].label.en  expected plain text without HTML tags, found "<script>alert(1)</script>"`],
    ['misspelt field', measureWith('programmes:', 'programmess:'), `${M}:6  programmess  expected no field "programmess" here (misspelt or misplaced?), found ["smart-factory"]`],
    ['translation with other figures', { [E.slice(8)]: '---\ntitle: x\n---\nNo figure here.\n' }, `${E}:4  <Fig id>  expected the figures of the Korean paragraph at line 17 (sf-cumulative-2022), found no paragraph with figures`],
    ['translation with a figure in another paragraph', { [E.slice(8)]: '---\ntitle: x\n---\nTarget met.\n\nIn total <Fig id="sf-cumulative-2022" />.\n\nAgain <Fig id="sf-cumulative-2022" />.\n' }, `${E}:8  <Fig id>  expected no more paragraphs with figures than the Korean text, found sf-cumulative-2022`],
    ['a Fig written with an extra attribute counts as that Fig', { [E.slice(8)]: '---\ntitle: x\n---\nIn total <Fig  id=\'sf-cumulative-2021\' extra="y"/>.\n' }, `${E}:4  <Fig id>  expected the id of a figure stored in some content file, found "sf-cumulative-2021"`],
    ['a figure typed in the Korean text', measureWith('(누적 <Fig id="sf-cumulative-2022" />)', '(누적 30,144개)'), `${M}:17  (body)  expected <Fig id="sf-cumulative-2022" />, the figure that states 30,144, found 30,144 typed in the text`],
    ['a figure typed in the English text', { [E.slice(8)]: '---\ntitle: x\n---\n- **Target met**: <Fig id="sf-cumulative-2022" /> smart factories in total, 30,144 of them.\n' }, `${E}:4  (body)  expected <Fig id="sf-cumulative-2022" />, the figure that states 30,144, found 30,144 typed in the text`],
    ['a number neither a figure nor in the source block (Korean)', measureWith('목표치 초과 달성', '목표치 4만개 초과 달성'), `${M}:17  (body)  expected a figure (<Fig id="…" />) or a number that the □ block of Ⅱ-2-1 writes (or a year, date, ordinal, section or TRL level), found 4 in ": 목표치 4만개 초과 달성(누적"`],
    ['a number neither a figure nor in the source block (English)', { [E.slice(8)]: '---\ntitle: x\n---\n- **Target met**: <Fig id="sf-cumulative-2022" /> smart factories in 17 regions.\n' }, `${E}:4  (body)  expected a figure (<Fig id="…" />) or a number that the □ block of Ⅱ-2-1 writes (or a year, date, ordinal, section or TRL level), found 17 in "smart factories in 17 regions."`],
    ['glossary quote not in the source', { 'glossary/sf.yaml': 'name: { ko: 스마트공장, en: Smart factory }\nkind: term\nenglishName: official\ndefinition: { ko: 정의, en: Definition }\nsource: { document: "000", section: II-2-1, quote: 스마트공장 4만개 }\n' }, /^content\/glossary\/sf\.yaml:5 {2}source\.quote {2}expected the exact words of document 000, found words that are not in it: "스마트공장 4만개"/],
    ['glossary term naming an unknown programme', { 'glossary/sf.yaml': 'name: { ko: 스마트공장, en: Smart factory }\nkind: term\nenglishName: official\ndefinition: { ko: 정의, en: Definition }\nsource: { document: "000", section: II-2-1, quote: 스마트공장 신규 보급 }\nprogrammes: [smart-factories]\n' }, /^content\/glossary\/sf\.yaml:6 {2}programmes\[0\] {2}expected a programme in content\/programmes\/, found "smart-factories"/],
    ['unknown theme', { 'programmes/smart-factory.yaml': original('programmes/smart-factory.yaml').replace('themes: [smart-factory]', 'themes: [smart-factories]') }, 'content/programmes/smart-factory.yaml:7  themes[0]  expected a theme in content/themes/, found "smart-factories"'],
    ['programme without a theme', { 'programmes/smart-factory.yaml': original('programmes/smart-factory.yaml').replace('themes: [smart-factory]\n', '') }, /^content\/programmes\/smart-factory\.yaml:1 {2}themes {2}expected an array, found nothing/],
    ['link between programmes written on both', { 'programmes/plus.yaml': original('programmes/smart-factory.yaml') + 'successor: smart-factory\n', 'programmes/smart-factory.yaml': original('programmes/smart-factory.yaml') + 'related: [plus]\n' }, 'content/programmes/plus.yaml:8  successor  expected each link between two programmes written once, found it also in content/programmes/smart-factory.yaml'],
    ['successor that is no programme', { 'programmes/smart-factory.yaml': original('programmes/smart-factory.yaml') + 'successor: smart-factory-plus\n' }, 'content/programmes/smart-factory.yaml:8  successor  expected a programme in content/programmes/, found "smart-factory-plus"'],
    ['amount that is not money', { 'programmes/smart-factory.yaml': original('programmes/smart-factory.yaml') + 'amount: sf-cumulative-2022\n' }, 'content/programmes/smart-factory.yaml:8  amount  expected a figure in won whose programme is smart-factory, found "sf-cumulative-2022" (count, programme smart-factory)'],
    ['address that is not https', { 'agencies/mss.yaml': original('agencies/mss.yaml') + 'website: { url: "http://www.mss.go.kr/", source: none, confirmed: false }\n' }, 'content/agencies/mss.yaml:3  website.url  expected an https:// address, found "http://www.mss.go.kr/"'],
    ['address from elsewhere without its confirmed flag', { 'agencies/mss.yaml': original('agencies/mss.yaml') + 'website: { url: "https://www.mss.go.kr/", source: none }\n' }, /^content\/agencies\/mss\.yaml:3 {2}website\.confirmed {2}expected confirmed: false \(or true once staff have checked it\)/],
    ['address that its quote does not state', { 'links/portal.yaml': 'name: { ko: 포털, en: Portal }\ndescription: { ko: 설명, en: About }\nwebsite: { url: "https://example.go.kr/", source: { document: "000", quote: "스마트공장 신규 보급" } }\n' }, 'content/links/portal.yaml:3  website.url  expected the address the quote states, found "https://example.go.kr/" (quote: "스마트공장 신규 보급")'],
    ['link to a page that does not exist', measureWith('- **스마트공장 구축목표 달성**', '- **[스마트공장 구축목표 달성](/tasks/9-9/)**'), new RegExp(`^${M}:\\d+  \\(body\\)  expected a link to a page of this site without its language prefix \\(e\\.g\\. /tasks/1-1/\\), found "/tasks/9-9/"`)],
    ['link with the language prefix', measureWith('- **스마트공장 구축목표 달성**', '- **[스마트공장 구축목표 달성](/en/tasks/2-1/)**'), new RegExp(`^${M}:\\d+  \\(body\\)  expected a link to a page of this site .*found "/en/tasks/2-1/"`)],
    ['translation linking other pages', measureWith('- **스마트공장 구축목표 달성**', '- **[스마트공장 구축목표 달성](/tasks/2-1/)**'), `${E}:2  (body)  expected links to the same pages as the Korean text (/tasks/2-1/), found none`],
    ['synonym of an unknown roadmap field', { 'search/synonyms.yaml': 'synonyms:\n  - { terms: [배터리], field: secondary-batteries }\n' }, 'content/search/synonyms.yaml:2  synonyms[0].field  expected a roadmap field in content/roadmap-fields/, found "secondary-batteries"'],
    ['synonym without terms', { 'search/synonyms.yaml': 'synonyms:\n  - { terms: [], means: 스마트공장 }\n' }, 'content/search/synonyms.yaml:2  synonyms[0].terms  expected at least one entry, found []'],
    ['synonym with an empty term', { 'search/synonyms.yaml': 'synonyms:\n  - { terms: [스마트팩토리, ""], means: 스마트공장 }\n' }, 'content/search/synonyms.yaml:2  synonyms[0].terms[1]  expected a text that is not empty, found ""'],
    ['synonym meaning two things', { 'search/synonyms.yaml': 'synonyms:\n  - { terms: [스마트팩토리], means: 스마트공장, field: smart-manufacturing }\n' }, 'content/search/synonyms.yaml:2  synonyms[0].means  expected either means (a word as the pages write it) or field (a roadmap field id), not both, found "스마트공장"'],
    ['file in the wrong place', { 'measures/2-1-1.ko.mdx': 'x' }, 'content/measures/2-1-1.ko.mdx:1  (file)  expected a measure file named content/measures/<year>/<task>-<n>.ko.mdx (or .en.mdx), e.g. 2022/1-1-2.ko.mdx, found measures/2-1-1.ko.mdx'],
  ] as const)('%s', async (_, patch, expected) => {
    const found = await problems(patch as Record<string, string>);
    const hit = typeof expected === 'string' ? found.includes(expected) : found.some((p) => expected.test(p));
    expect(hit, `expected ${String(expected)}\nproblems:\n${found.join('\n')}`).toBe(true);
  });
});

describe('unconfirmed addresses', () => {
  it('lists addresses not from the sources until staff confirm them, without failing', async () => {
    const site = (confirmed: boolean) => ({ 'agencies/mss.yaml': original('agencies/mss.yaml') + `website: { url: "https://www.mss.go.kr/", source: none, confirmed: ${confirmed} }\n` });
    const unconfirmed = await checkContent(contentSet(site(false)), sources);
    expect(unconfirmed.problems).toEqual([]);
    expect(unconfirmed.unconfirmed).toEqual(['content/agencies/mss.yaml:3  https://www.mss.go.kr/']);
    expect((await checkContent(contentSet(site(true)), sources)).unconfirmed).toEqual([]);
  });
});

describe('missing English', () => {
  it('lists entries whose English file or field is missing, without failing', async () => {
    const result = await checkContent(contentSet({ 'measures/2022/2-1-1.en.mdx': null, 'strategies/4/2.en.mdx': null }), sources);
    expect(result.problems).toEqual([]);
    expect(result.untranslated).toEqual(['content/measures/2022/2-1-1.ko.mdx (no English file)', 'content/strategies/4/2.ko.mdx (no English file)']);
  });
});

describe('a figure and the section it names', () => {
  // A second task after the fixture's one: its words are in the document, in section II-2-2.
  const twoSections = { '000': `${sources['000']}\n2  스마트 제조혁신 기반 확충\n□ 기술인재 양성\n◦ (인재) 기술인재 1,000명 양성` };
  const figureIn = (section: string, quote: string, says: string) =>
    measureWith('source: { document: "000", section: II-2-1, quote: "초과 달성(누적 30,144개)", says: "30,144개" }', `source: { document: "000", section: ${section}, quote: "${quote}", says: "${says}" }`);
  const problemsWith = async (patch: Record<string, string>) => (await checkContent(contentSet(patch), twoSections)).problems.map(formatProblem);

  it('refuses a section whose text does not hold the quote, and names the one that does', async () => {
    expect(await problemsWith(figureIn('II-2-2', '초과 달성(누적 30,144개)', '30,144개'))).toEqual([
      `${M}:14  figures[0].source.section  expected the section whose text holds the quote, found "II-2-2"; the quote is in II-2-1: "초과 달성(누적 30,144개)"`,
    ]);
  });

  it('accepts the section that holds the quote', async () => {
    expect(await problemsWith({})).toEqual([]);
  });
});
