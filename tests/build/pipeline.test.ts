// npm run build as a whole: the same content builds to byte-identical files wherever it is built, and a build
// that fails leaves the previous dist/ exactly as it was.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { differingFiles, fileHashes, projectCopy, type ProjectCopy, type Run } from '../support/project.ts';

let first: ProjectCopy;
let second: ProjectCopy;
let builds: Run[];
beforeAll(async () => {
  [first, second] = await Promise.all([projectCopy(), projectCopy()]);
  builds = [first.run('build.ts'), second.run('build.ts')];
});
afterAll(async () => {
  await first?.cleanup();
  await second?.cleanup();
});

describe('reproducible build', () => {
  it('builds the same content in two folders to byte-identical files', async () => {
    expect(builds.map((b) => b.status), builds.map((b) => b.output).join('\n')).toEqual([0, 0]);
    const [a, b] = await Promise.all([fileHashes(join(first.dir, 'dist')), fileHashes(join(second.dir, 'dist'))]);
    expect(a.size).toBeGreaterThan(300);
    expect([...a.keys()].some((f) => f.startsWith('pagefind/'))).toBe(true);
    expect(differingFiles(a, b)).toEqual([]);
  });
});

describe('atomic build', () => {
  it('fails on bad content naming the file, and leaves the previous dist/ byte for byte', async () => {
    const before = await fileHashes(join(first.dir, 'dist'));
    const task = await readFile(join(first.dir, 'content/tasks/4/4-1.yaml'), 'utf8');
    await first.write({ 'content/tasks/4/4-1.yaml': task.replace(/^strategy: 4$/m, 'strategy: four') });
    const broken = first.run('build.ts');
    expect(broken.status).not.toBe(0);
    expect(broken.output).toMatch(/content\/tasks\/4\/4-1\.yaml:1 {2}strategy {2}expected a number, found "four"/);
    expect(broken.output).toContain('dist/ is unchanged');
    expect(differingFiles(before, await fileHashes(join(first.dir, 'dist')))).toEqual([]);
    expect(existsSync(join(first.dir, '.build'))).toBe(false);
  });
});
