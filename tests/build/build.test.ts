// Real Astro builds of the project with one change each: bad content stops the build naming file and field;
// Markdown features render as intended.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCopy, root } from '../support/project.ts';
import { readPage } from '../support/pages.ts';

const measure = async (path: string) => readFile(join(root, 'content', path), 'utf8');

describe('a build with bad content fails, naming file and field', () => {
  it('dangling reference', async () => {
    const text = (await measure('measures/2023/4-1-1.ko.mdx')).replace(/^continues: \[.*\]$/m, 'continues: [2022-4-9-9]');
    const build = await buildCopy({ 'content/measures/2023/4-1-1.ko.mdx': text });
    await build.cleanup();
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/content\/measures\/2023\/4-1-1\.ko\.mdx:\d+ {2}continues\[0\] {2}expected the id of a measure .*, found "2022-4-9-9"/);
  });
  it('unknown figure id', async () => {
    const text = `${await measure('measures/2023/4-1-1.en.mdx')}\n<Fig id="no-such-figure" />\n`;
    const build = await buildCopy({ 'content/measures/2023/4-1-1.en.mdx': text });
    await build.cleanup();
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/content\/measures\/2023\/4-1-1\.en\.mdx:\d+ {2}<Fig id> {2}expected the id of a figure stored in some content file, found "no-such-figure"/);
  });
  it('wrong field type', async () => {
    const build = await buildCopy({ 'content/tasks/4/4-1.yaml': (await readFile(join(root, 'content/tasks/4/4-1.yaml'), 'utf8')).replace(/^strategy: 4$/m, 'strategy: four') });
    await build.cleanup();
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/content\/tasks\/4\/4-1\.yaml:1 {2}strategy {2}expected a number, found "four"/);
  });
});

describe('a build with code in a body stops before Astro runs it', () => {
  it('prints the problem without a stack trace and leaves dist/ as it was', async () => {
    const text = `${await measure('measures/2023/4-1-1.en.mdx')}\n{globalThis.process.exit(0)}\n`;
    const build = await buildCopy({ 'content/measures/2023/4-1-1.en.mdx': text, 'dist/index.html': 'previous site' });
    const dist = await readFile(join(build.dir, 'dist/index.html'), 'utf8');
    await build.cleanup();
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/content\/measures\/2023\/4-1-1\.en\.mdx:\d+ {2}\(body\) {2}expected text, Markdown and <Fig id="…" \/> only, found the expression "\{globalThis\.process\.exit\(0\)\}": content cannot run code/);
    expect(build.output).not.toMatch(/^\s+at /m);
    expect(dist).toBe('previous site');
  });
});

describe('single tildes in the built site', () => {
  it.each(['measures/2023-3-1-1', 'tasks/3-1'])('/%s/ shows TRL 1~6단계 and 7~9단계 as text, not strikethrough', async (page) => {
    const html = await readPage(join(root, 'dist'), `/${page}/`);
    expect(html).toContain('TRL 1~6단계');
    expect(html).toContain('7~9단계');
    expect(html).not.toContain('<del>');
  });
});

describe('Markdown in a built page', () => {
  let html = '';
  beforeAll(async () => {
    const fixture = `---
title: 마크다운 시험 항목
kind: plan
task: 4-1
source: { section: IV-4-1, heading: 중소기업 혁신지원기관간 협업지원 강화 }
---
**스마트공장**을 보급하고, [과제 4-1](/tasks/4-1/)과 *기술*을 잇는다.

| 단계 | 지원 |
| --- | --- |
| 1단계 | 보증 |

기초연구(TRL 1~6단계)에서 사업화(TRL 7~9단계)까지.
`;
    // Saved with a byte-order mark and CRLF line ends, as some Windows editors do: Astro and the check accept both.
    const build = await buildCopy({ 'content/measures/2023/4-1-99.ko.mdx': `\uFEFF${fixture.replaceAll('\n', '\r\n')}` });
    html = build.status === 0 ? await readPage(join(build.dir, 'dist'), '/measures/2023-4-1-99/') : build.output;
    await build.cleanup();
  });
  it('renders a GFM table with a header row', () => {
    expect(html).toMatch(/<div class="table-scroll" role="region" tabindex="0" aria-label="[^"]+"[^>]*><table>\s*<thead>\s*<tr>\s*<th>단계<\/th>\s*<th>지원<\/th>/);
  });
  it('renders Korean emphasis next to a particle as bold', () => {
    expect(html).toContain('<strong>스마트공장</strong>을');
  });
  it('keeps the spaces around inline links and emphasis', () => {
    expect(html).toContain('보급하고, <a href="/tasks/4-1/">과제 4-1</a>과 <em>기술</em>을 잇는다.');
  });
  it('reads single tildes as text, never strikethrough', () => {
    expect(html).toContain('기초연구(TRL 1~6단계)에서 사업화(TRL 7~9단계)까지.');
  });
  it('builds a file saved with a byte-order mark and CRLF line ends, title and all', () => {
    expect(html).toMatch(/<h1[^>]*>마크다운 시험 항목<\/h1>/);
  });
  afterAll(() => undefined);
});
