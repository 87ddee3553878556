// Paths and throwaway copies of the project for build tests.
import { cp, mkdtemp, readdir, readFile, rm, symlink, writeFile, mkdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { tmpdir } from 'node:os';

export const root = resolve(import.meta.dirname, '../..');
export const dist = join(root, 'dist');
export const sources = process.env.SOURCES_DIR ?? join(root, '..', 'shared', 'sources');

export interface Run {
  status: number;
  output: string;
}

export interface ProjectCopy {
  dir: string;
  /** Runs a script of scripts/ in the copy, e.g. run('build.ts') is `npm run build`. */
  run(script: string, ...args: string[]): Run;
  /** Starts a script of scripts/ in the copy without waiting, e.g. two builds at once. */
  start(script: string, ...args: string[]): Promise<Run>;
  /** Kills every script started with `start` that still runs. */
  stop(): void;
  /** Writes files (paths relative to the copy). */
  write(patch: Record<string, string>): Promise<void>;
  cleanup(): Promise<void>;
}

/**
 * Copies the project (without dist and node_modules, which is linked) to a temp folder and applies file
 * patches. `sourcesDir` points its scripts at another folder of source documents.
 */
export async function projectCopy(patch: Record<string, string> = {}, { sourcesDir = sources }: { sourcesDir?: string } = {}): Promise<ProjectCopy> {
  const dir = await mkdtemp(join(tmpdir(), 'site-build-'));
  for (const name of ['src', 'public', 'content', 'scripts', 'docs', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    await cp(join(root, name), join(dir, name), { recursive: true });
  await symlink(join(root, 'node_modules'), join(dir, 'node_modules'));
  const write = async (files: Record<string, string>) => {
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), text);
    }
  };
  await write(patch);
  const env = { ...process.env, SOURCES_DIR: sourcesDir, ASTRO_TELEMETRY_DISABLED: '1' };
  const running = new Set<ChildProcess>();
  // Each started script leads its own process group, so that stopping it stops the Astro build it runs too.
  const stop = () => running.forEach((child) => process.kill(-child.pid!, 'SIGTERM'));
  return {
    dir,
    write,
    run: (script, ...args) => {
      const run = spawnSync(process.execPath, [join(dir, 'scripts', script), ...args], { cwd: dir, encoding: 'utf8', env });
      return { status: run.status ?? 1, output: `${run.stdout}\n${run.stderr}` };
    },
    start: (script, ...args) =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, [join(dir, 'scripts', script), ...args], { cwd: dir, env, detached: true });
        running.add(child);
        let output = '';
        child.stdout.on('data', (d) => (output += d));
        child.stderr.on('data', (d) => (output += d));
        child.on('close', (status) => {
          running.delete(child);
          resolve({ status: status ?? 1, output });
        });
      }),
    stop,
    cleanup: async () => {
      stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Copies the project, applies file patches and builds it as `npm run build` does. */
export async function buildCopy(patch: Record<string, string>): Promise<Run & { dir: string; cleanup: () => Promise<void> }> {
  const copy = await projectCopy(patch);
  return { ...copy.run('build.ts'), dir: copy.dir, cleanup: copy.cleanup };
}

/** SHA-256 of every file under `dir`, by relative path. */
export async function fileHashes(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/')).sort();
  return new Map(await Promise.all(files.map(async (f) => [f, createHash('sha256').update(await readFile(join(dir, f))).digest('hex')] as const)));
}

/** Paths whose content differs between two hash maps, or that only one has. */
export function differingFiles(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort();
}
