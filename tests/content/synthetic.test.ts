// The scale benchmark's synthetic content (scripts/synthetic-content.ts): one replica of today's plan beside the
// real content passes the content check as it stands, says on every title that it is fictional, and adds files
// only (never one of content/'s paths), with the plan, years and ids it was asked for.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent, formatProblem } from '../../src/lib/content-check/index.ts';
import { readContentFiles, readSources } from '../../src/lib/content-check/read.ts';
import { syntheticContent } from '../../scripts/synthetic-content.ts';
import { root, sources as sourcesDir } from '../support/project.ts';

const files = await readContentFiles(root);
const sources = await readSources(sourcesDir);
const synthetic = syntheticContent(files, sources, 1);
const file = (path: string) => synthetic.files.find((f) => f.path === path)?.text ?? '';
const frontmatter = (text: string) => parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!);

describe('synthetic content for npm run bench:scale', () => {
  it('passes the content check beside the real content', async () => {
    const withCopies = { ...sources, ...Object.fromEntries(Object.entries(synthetic.sources).map(([name, text]) => [name.slice(0, 3), text])) };
    const { problems } = await checkContent([...files, ...synthetic.files], withCopies);
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('adds files only, as plan 5 five years later', () => {
    const real = new Set(files.map((f) => f.path));
    expect(synthetic.files.filter((f) => real.has(f.path))).toEqual([]);
    expect(parse(file('plans/5.yaml')).period).toEqual({ start: 2024, end: 2028 });
    expect(synthetic.files.filter((f) => f.path.startsWith('measures/')).map((f) => f.path.slice(9, 13)).sort()).toEqual(
      files.filter((f) => f.path.startsWith('measures/')).map((f) => String(Number(f.path.slice(9, 13)) + 5)).sort(),
    );
    expect(frontmatter(file('measures/2027/1-1-1.ko.mdx')).figures[0]).toMatchObject({ id: 's1-1-1-2022-growth-rd', year: 2027, source: { document: '810' } });
    expect(file('measures/2027/1-1-1.ko.mdx')).toContain('<Fig id="s1-1-1-2022-growth-rd" />');
    expect(Object.keys(synthetic.sources).sort()).toEqual(['810_synthetic-copy-of-000.txt', '814_synthetic-copy-of-004.txt']);
    expect(parse(file('documents/814.yaml'))).toMatchObject({ date: '2027-01-27', reports: { results: 2027, plans: 2027 } });
  });

  it('marks every title and name as a synthetic copy', () => {
    const titles = synthetic.files.map((f) => {
      const data = f.path.endsWith('.yaml') ? parse(f.text) : frontmatter(f.text);
      return data.title ?? data.name;
    });
    for (const title of titles) {
      if (typeof title === 'string') expect(title).toMatch(/^\[(가상 사본|Synthetic copy) 1\] /);
      else expect([title.ko, title.en]).toEqual([expect.stringMatching(/^\[가상 사본 1\] /), expect.stringMatching(/^\[Synthetic copy 1\] /)]);
    }
    expect(titles).toHaveLength(synthetic.files.length);
  });
});
