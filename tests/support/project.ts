// Paths and a throwaway copy of the project for build tests.
import { cp, mkdtemp, rm, symlink, writeFile, mkdir } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';

export const root = resolve(import.meta.dirname, '../..');
export const dist = join(root, 'dist');
export const sources = process.env.SOURCES_DIR ?? join(root, '..', 'shared', 'sources');

/** Copies the project (without dist and node_modules) to a temp folder, applies file patches, builds it. */
export async function buildCopy(patch: Record<string, string>): Promise<{ status: number; output: string; dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'site-build-'));
  for (const name of ['src', 'public', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    await cp(join(root, name), join(dir, name), { recursive: true });
  await symlink(join(root, 'node_modules'), join(dir, 'node_modules'));
  for (const [path, text] of Object.entries(patch)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  const run = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir, encoding: 'utf8', env: { ...process.env, SOURCES_DIR: sources, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { status: run.status ?? 1, output: `${run.stdout}\n${run.stderr}`, dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
