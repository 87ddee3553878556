// What staff read from `npm run check`: problems first, standing notices as one line each with the command that
// lists them, the verdict last; and a sources folder that cannot be read is named in words, never a stack trace.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSources } from '../../src/lib/content-check/read.ts';
import { checkReport } from '../../src/lib/content-check/report.ts';
import { formatProblem } from '../../src/lib/content-check/validate.ts';
import { root, sources } from '../support/project.ts';
import { projectCopy, type ProjectCopy } from '../support/project.ts';

const check = (cwd: string, env: Record<string, string> = {}) => {
  const run = spawnSync(process.execPath, [join(root, 'scripts/check.ts')], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: run.status, lines: `${run.stdout}${run.stderr}`.trimEnd().split('\n') };
};

describe('the report', () => {
  const problem = { file: 'content/agencies/mss.yaml', line: 2, field: 'short.en', message: 'expected text, found nothing' };
  const standing = { untranslated: ['content/measures/2023/1-1-1.en.mdx  title'], unconfirmed: ['content/agencies/mss.yaml:5  https://www.mss.go.kr/', 'content/links/a.yaml:6  https://a.example/'] };

  it('puts the problems first, a line per standing notice, and the verdict last', () => {
    expect(checkReport({ problems: [problem], ...standing })).toEqual([
      'content/agencies/mss.yaml:2  short.en  expected text, found nothing',
      '',
      'Notice: 1 untranslated: the English pages show the Korean text under a notice (npm run check -- --notices lists them)',
      'Notice: 2 unconfirmed web addresses: not from the sources; set confirmed: true once checked (npm run check -- --notices lists them)',
      'Content check failed: 1 problem(s).',
    ]);
  });

  it('lists the notices in full when asked, and says passed when there is no problem', () => {
    expect(checkReport({ problems: [], ...standing }, { listNotices: true })).toEqual([
      'Notice: 1 untranslated: the English pages show the Korean text under a notice:',
      '  content/measures/2023/1-1-1.en.mdx  title',
      'Notice: 2 unconfirmed web addresses: not from the sources; set confirmed: true once checked:',
      '  content/agencies/mss.yaml:5  https://www.mss.go.kr/',
      '  content/links/a.yaml:6  https://a.example/',
      'Content check passed.',
    ]);
  });
});

describe('npm run check', () => {
  let copy: ProjectCopy;
  beforeAll(async () => {
    copy = await projectCopy({ 'content/agencies/mss.yaml': 'name: { ko: 중소벤처기업부, en: Ministry of SMEs and Startups }\nshort: { ko: 중기부, en: MSS }\nenglishName: officially\n' });
  });
  afterAll(() => copy.cleanup());

  it('prints a one-line problem first, then one line per notice, then the verdict', () => {
    const { status, lines } = check(copy.dir, { SOURCES_DIR: sources });
    expect(lines).toEqual([
      'content/agencies/mss.yaml:3  englishName  expected one of "official" | "translation", found "officially"',
      '',
      'Notice: 15 unconfirmed web addresses: not from the sources; set confirmed: true once checked (npm run check -- --notices lists them)',
      'Content check failed: 1 problem(s).',
    ]);
    expect(status).toBe(1);
  });

  it('names SOURCES_DIR pointing at a file, plainly', () => {
    const file = join(sources, 'README.md');
    expect(check(root, { SOURCES_DIR: file })).toEqual({
      status: 1,
      lines: [`${file}:1  (folder)  expected the folder of the source documents (000_*.txt, …), found a file: set SOURCES_DIR to the folder that holds them`, '', 'Content check failed: 1 problem(s).'],
    });
  });
});

describe('a sources folder that cannot be read', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sources-faults-'));
    await mkdir(join(dir, 'empty'));
    await mkdir(join(dir, 'notes'));
    await writeFile(join(dir, 'notes/README.md'), 'no documents here');
    await mkdir(join(dir, 'bad/000_folder.txt'), { recursive: true });
    await writeFile(join(dir, 'bad/001_euc-kr.txt'), Buffer.concat([Buffer.from('첫 줄\n'), Buffer.from([0xb0, 0xa1])]));
    await writeFile(join(dir, 'bad/002_empty.txt'), ' \n');
    await symlink(join(dir, 'gone.txt'), join(dir, 'bad/003_link.txt'));
    await writeFile(join(dir, 'bad/004_a.txt'), '로드맵');
    await writeFile(join(dir, 'bad/004_b.txt'), '로드맵');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const messages = async (folder: string) => (await loadSources(folder)).problems.map(formatProblem);
  const folderExpected = 'expected the folder of the source documents (000_*.txt, …)';
  const setSourcesDir = 'set SOURCES_DIR to the folder that holds them';

  it.each([
    ['missing', 'missing', `found none: ${setSourcesDir}`],
    ['empty', 'empty', `found a folder without them (empty): ${setSourcesDir}`],
    ['without documents', 'notes', `found a folder without them (README.md): ${setSourcesDir}`],
    ['a file', 'notes/README.md', `found a file: ${setSourcesDir}`],
  ])('%s: one problem naming the folder', async (_, folder, found) => {
    expect(await messages(join(dir, folder))).toEqual([`${join(dir, folder)}:1  (folder)  ${folderExpected}, ${found}`]);
  });

  it('names each document that is a folder, not UTF-8, empty, a broken link or given twice', async () => {
    const bad = join(dir, 'bad');
    expect(await messages(bad)).toEqual([
      `${bad}/000_folder.txt:1  (source document)  expected the text of document 000, found a folder`,
      `${bad}/001_euc-kr.txt:2  (source document)  expected UTF-8 text, found bytes that are not UTF-8 (perhaps saved as EUC-KR or CP949): save the file as UTF-8`,
      `${bad}/002_empty.txt:1  (source document)  expected the text of document 002, found an empty file`,
      `${bad}/003_link.txt:1  (source document)  expected the text of document 003, found a symbolic link to a file that does not exist`,
      `${bad}/004_b.txt:1  (source document)  expected one file of document 004, found a second: 004_a.txt, 004_b.txt`,
    ]);
  });
});
