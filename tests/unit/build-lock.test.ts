import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireLock, lockFile, tryLock } from '../../src/lib/build/lock.ts';
import { pageFiles } from '../../src/lib/build/publish.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lock-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('build lock', () => {
  it('is taken once, names its holder, and is freed on release', async () => {
    const lock = await tryLock(dir, 'npm run build');
    if (!('release' in lock)) throw new Error('expected the lock');
    expect(JSON.parse(await readFile(lockFile(dir), 'utf8'))).toMatchObject({ pid: process.pid, command: 'npm run build' });
    await lock.release();
    const again = await tryLock(dir, 'npm test');
    expect('release' in again).toBe(true);
  });

  it('is refused while a live process holds it, and says which', async () => {
    const sleeper = spawn('sleep', ['30']);
    try {
      await writeFile(lockFile(dir), JSON.stringify({ pid: sleeper.pid, started: '2026-11-30T08:00:00.000Z', command: 'npm run build' }));
      const attempt = await acquireLock(dir, 'npm test', { timeoutMs: 300, pollMs: 50 });
      expect(attempt).toEqual({ heldBy: { pid: sleeper.pid, started: '2026-11-30T08:00:00.000Z', command: 'npm run build' } });
    } finally {
      sleeper.kill();
    }
  });

  it('is taken over from a process that is gone, or from a half-written file', async () => {
    await writeFile(lockFile(dir), JSON.stringify({ pid: 2 ** 22 + 1, started: 'x', command: 'npm run build' }));
    expect('release' in (await tryLock(dir, 'npm test'))).toBe(true);
    await writeFile(lockFile(dir), '{"pid": 12');
    expect('release' in (await tryLock(dir, 'npm test'))).toBe(true);
  });
});

describe('build lock under contention', () => {
  // Six processes ask at the same instant, over a lock left by a killed build: exactly one may win. Each
  // holds on until all have answered (its stdin closes), so a slow one never finds a winner already gone.
  const contender = `
    import { tryLock } from ${JSON.stringify(join(import.meta.dirname, '../../src/lib/build/lock.ts'))};
    const [dir, at] = process.argv.slice(1);
    while (Date.now() < Number(at)) {}
    const lock = await tryLock(dir, 'npm run build');
    console.log('release' in lock ? 'won' : 'lost');
    process.stdin.resume();
    process.stdin.on('end', () => process.exit(0));`;
  const contenders = (count: number, at: number) => {
    const children = Array.from({ length: count }, () => spawn(process.execPath, ['--input-type=module', '-e', contender, dir, String(at)]));
    return Promise.all(
      children.map(
        (child) =>
          new Promise<string>((resolve) => {
            let out = '';
            child.stdout.on('data', (d) => (out += d) && out.includes('\n') && resolve(out.trim()));
            child.stderr.on('data', (d) => (out += d));
            child.on('close', () => resolve(out.trim()));
          }),
      ),
    ).finally(() => children.forEach((child) => child.stdin.end()));
  };

  it.each([1, 2, 3])('lets exactly one of six simultaneous builds take a stale lock (round %i)', async () => {
    await writeFile(lockFile(dir), JSON.stringify({ pid: 2 ** 22 + 1, started: 'x', command: 'npm run build' }));
    const results = await contenders(6, Date.now() + 1500);
    expect(results.filter((r) => r === 'won'), results.join('\n')).toEqual(['won']);
    expect(results.filter((r) => r === 'lost')).toHaveLength(5);
    expect((await readdir(dir)).filter((f) => f !== '.build.lock')).toEqual([]);
  }, 30_000);
});

describe('pageFiles', () => {
  it.each([
    ['', ['index.html']],
    ['tasks/1-1/', ['tasks/1-1/index.html', 'tasks/1-1.html']],
    ['/en/', ['en/index.html', 'en.html']],
    ['404', ['404/index.html', '404.html']],
    ['data/figures.json', ['data/figures.json']],
  ])('%s → %j', (pathname, files) => expect(pageFiles(pathname)).toEqual(files));
});
