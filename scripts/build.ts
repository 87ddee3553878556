// npm run build: content check, Astro build, verification, Pagefind index and Korean line breaks into .build/dist; dist/ is
// replaced only when all of them succeeded. One build per folder at a time (a lock naming the running build),
// and a build killed at any step leaves a whole site: the next build repairs a cut-short swap first.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { acquireLock, lockFile, readHolder, type LockHolder } from '../src/lib/build/lock.ts';
import { buildPaths, publish, recover, verifyBuild } from '../src/lib/build/publish.ts';
import { rewritePages } from '../src/lib/build/rewrite-pages.ts';
import { keepKoreanWords } from '../src/lib/keep-words.ts';

const root = process.cwd();
const paths = buildPaths(root);
const bin = (path: string) => join(root, 'node_modules', path);
const describeHolder = (h: LockHolder) => `process ${h.pid}, ${h.command}, started ${h.started}`;

// `npm test` holds this folder's lock for its build and its tests together, and names itself here.
const heldByParent = (await readHolder(lockFile(root)))?.pid === Number(process.env.SITE_BUILD_LOCK_PID);
const lock = heldByParent
  ? undefined
  : await acquireLock(root, 'npm run build', {
      onWait: (h) => console.log(`Another build is running in this folder (${describeHolder(h)}); waiting for it to finish…`),
    });
if (lock && !('release' in lock)) {
  console.error(`Build refused: another build has held ${lockFile(root)} for too long (${describeHolder(lock.heldBy)}). dist/ is unchanged.`);
  process.exit(1);
}
const release = () => {
  if (lock && 'release' in lock) rmSync(lockFile(root), { force: true });
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
  process.on(signal, () => {
    release();
    process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
  });

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_BUILD_MANIFEST: paths.manifest };
const node = (args: string[], extra: Record<string, string> = {}) => spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...env, ...extra } }).status === 0;
const steps: [string, () => boolean | Promise<boolean>][] = [
  ['content check', () => node([join(root, 'scripts/check.ts')])],
  // The check passed a moment ago: Astro's own check hook (src/integrations/content-check.ts) need not repeat it.
  ['astro build', () => node([bin('astro/bin/astro.mjs'), 'build', '--outDir', paths.next], { SITE_CONTENT_CHECKED: '1' })],
  [
    'verification of the built pages',
    async () => {
      const problems = await verifyBuild(paths);
      for (const p of problems.slice(0, 20)) console.error(`  ${p}`);
      if (problems.length > 20) console.error(`  … and ${problems.length - 20} more`);
      return problems.length === 0;
    },
  ],
  ['search index', () => node([join(root, 'scripts/search-index.ts'), paths.next])],
  // After the index, which reads the words as written: the glue is for the line breaks of engines, not for search.
  ['Korean line breaks', async () => (await rewritePages(paths.next, keepKoreanWords), true)],
];

try {
  const repaired = await recover(paths);
  if (repaired) console.log(`Recovered dist/: ${repaired}.`);
  await mkdir(paths.work);
  let failed: string | undefined;
  for (const [name, step] of steps) {
    if (!(await step())) {
      failed = name;
      break;
    }
  }
  if (failed) {
    await rm(paths.work, { recursive: true, force: true });
    console.error(`\nBuild failed at "${failed}"; dist/ is unchanged.`);
    process.exitCode = 1; // not exit(): it can cut off output still being written to a pipe
  } else {
    await publish(paths);
    console.log('Build complete: dist/ replaced.');
  }
} catch (error) {
  console.error(`\nBuild failed: ${(error as Error).message}\ndist/ is unchanged, or is restored by the next build.`);
  process.exitCode = 1;
} finally {
  if (lock && 'release' in lock) await lock.release();
}
