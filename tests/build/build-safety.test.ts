// No build, failed, killed or concurrent, leaves a half-written site in place of a good one.
import { existsSync, readdirSync } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { buildPaths, publishSteps } from '../../src/lib/build/publish.ts';
import { differingFiles, fileHashes, projectCopy, type ProjectCopy, type Run } from '../support/project.ts';

let copy: ProjectCopy;
let first: Run;
beforeAll(async () => {
  copy = await projectCopy();
  first = copy.run('build.ts');
  if (first.status !== 0) throw new Error(`the first build failed:\n${first.output}`);
  await cp(join(copy.dir, 'dist'), join(copy.dir, 'built-site'), { recursive: true });
});
afterAll(() => copy?.cleanup());

const taskFile = 'content/tasks/4/4-1.yaml';
const badTask = async () => {
  const task = await readFile(join(copy.dir, taskFile), 'utf8');
  return { [taskFile]: task.replace(/^strategy: 4$/m, 'strategy: four') };
};
const pageCount = (hashes: Map<string, string>) => [...hashes.keys()].filter((f) => f.endsWith('.html')).length;

describe('two builds started together', () => {
  // Two whole builds in a row: on a slow machine they outlast the default timeout, and a test that times out
  // must not leave its builds running into the next cases.
  it('both succeed, one after the other, and leave one whole site', { timeout: 600_000 }, async () => {
    onTestFinished(() => copy.stop());
    const together = await Promise.all([copy.start('build.ts'), copy.start('build.ts')]);
    const site = await fileHashes(join(copy.dir, 'dist'));
    expect(together.map((b) => b.status), together.map((b) => b.output).join('\n')).toEqual([0, 0]);
    expect(together.filter((b) => b.output.includes('Another build is running in this folder (process'))).toHaveLength(1);
    expect(pageCount(site)).toBeGreaterThan(300);
    expect(readdirSync(copy.dir).filter((f) => f.startsWith('.build'))).toEqual([]);
  });

  it('takes over the lock of a build that was killed', async () => {
    await writeFile(join(copy.dir, '.build.lock'), JSON.stringify({ pid: 2 ** 22 + 1, started: '2026-01-01T00:00:00Z', command: 'npm run build' }));
    const patch = await badTask();
    const original = await readFile(join(copy.dir, taskFile), 'utf8');
    await copy.write(patch);
    const run = copy.run('build.ts');
    await copy.write({ [taskFile]: original });
    expect(run.output).not.toContain('Another build is running');
    expect(run.output).toContain('Build failed at "content check"; dist/ is unchanged.');
    expect(existsSync(join(copy.dir, '.build.lock'))).toBe(false);
  });
});

describe('a build killed at each step of the swap, then a failing build', () => {
  const paths = () => buildPaths(copy.dir);
  // A new site that differs from the old one in one page, verified as a real build leaves it before the swap.
  const stageNewSite = async () => {
    const p = paths();
    await rm(p.dist, { recursive: true, force: true });
    await cp(join(copy.dir, 'built-site'), p.dist, { recursive: true });
    await mkdir(p.work, { recursive: true });
    await cp(p.dist, p.next, { recursive: true });
    await writeFile(join(p.next, 'index.html'), (await readFile(join(p.dist, 'index.html'), 'utf8')).replace('</html>', '<!-- new --></html>'));
    return fileHashes(p.next);
  };

  for (let killedAfter = 0; killedAfter <= publishSteps.length; killedAfter++) {
    const label = killedAfter === 0 ? 'before the swap' : `after "${publishSteps[killedAfter - 1]!.name}"`;
    it(`keeps a whole site when killed ${label}`, async () => {
      const next = await stageNewSite();
      const old = await fileHashes(paths().dist);
      for (const step of publishSteps.slice(0, killedAfter)) await step.run(paths());

      const failing = await badTask();
      const original = await readFile(join(copy.dir, taskFile), 'utf8');
      await copy.write(failing);
      const run = copy.run('build.ts');
      await copy.write({ [taskFile]: original });

      expect(run.status).not.toBe(0);
      expect(run.output).toContain('Build failed at "content check"');
      const after = await fileHashes(paths().dist);
      // The old site until the new one was marked ready and moved aside; from then on the new one.
      const expected = killedAfter >= 2 ? next : old;
      expect(differingFiles(expected, after)).toEqual([]);
      expect(existsSync(paths().work)).toBe(false);
      if (killedAfter === 2) expect(run.output).toContain('Recovered dist/: finished publishing the verified site');
    });
  }
});

describe('Astro stopping early', () => {
  it('is detected and never published, even when Astro exits with success', async () => {
    const before = await fileHashes(join(copy.dir, 'dist'));
    await copy.write({ 'src/pages/zz-stop.astro': '---\nprocess.exit(0);\n---\n<p>stop</p>\n' });
    const run = copy.run('build.ts');
    await rm(join(copy.dir, 'src/pages/zz-stop.astro'));
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('Astro stopped before it finished building (it wrote no list of built pages)');
    expect(run.output).toContain('Build failed at "verification of the built pages"; dist/ is unchanged.');
    expect(differingFiles(before, await fileHashes(join(copy.dir, 'dist')))).toEqual([]);
  });
});
