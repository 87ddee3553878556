// npm run build: content check, Astro build and Pagefind index into .build/dist; dist/ is replaced only when
// all three succeeded, so a failed build leaves the site that was built before exactly as it was.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

const root = process.cwd();
const work = join(root, '.build');
// A fixed folder name, so that nothing in the output can vary with a random temp path.
const next = join(work, 'dist');
const bin = (path: string) => join(root, 'node_modules', path);

const steps: [string, string[]][] = [
  ['content check', [join(root, 'scripts/check.ts')]],
  ['astro build', [bin('astro/bin/astro.mjs'), 'build', '--outDir', next]],
  ['search index', [join(root, 'scripts/search-index.ts'), next]],
];

await rm(work, { recursive: true, force: true });
await mkdir(work);
const failed = steps.find(([, args]) => spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } }).status !== 0);
if (failed) {
  await rm(work, { recursive: true, force: true });
  console.error(`\nBuild failed at "${failed[0]}"; dist/ is unchanged.`);
  process.exitCode = 1; // not exit(): it can cut off output still being written to a pipe
} else {
  // Two renames on one file system: dist/ is the old site or the new one, never a half-written one.
  const dist = join(root, 'dist');
  if (existsSync(dist)) await rename(dist, join(work, 'previous'));
  await rename(next, dist);
  await rm(work, { recursive: true, force: true });
  console.log('Build complete: dist/ replaced.');
}
