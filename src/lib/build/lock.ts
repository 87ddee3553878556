// One build per folder: a lock file created exclusively, naming the process that holds it. A lock whose process
// is gone (a killed build) is taken over, so a crash never blocks the next build.
import { link, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const lockFile = (root: string) => join(root, '.build.lock');

export interface LockHolder {
  pid: number;
  started: string;
  command: string;
}

export interface Lock {
  holder: LockHolder;
  release(): Promise<void>;
}

/** True while a process with this id runs (signal 0 only asks). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The process named in a lock file, if the file is there and whole. */
export async function readHolder(path: string): Promise<LockHolder | undefined> {
  try {
    const holder = JSON.parse(await readFile(path, 'utf8')) as LockHolder;
    return Number.isInteger(holder.pid) ? holder : undefined;
  } catch {
    return undefined; // gone, or half-written by a process killed while writing it
  }
}

/**
 * The lock if it was free (or stale), otherwise the live process that holds it. The lock file appears whole or
 * not at all (written aside, then hard-linked into place), so a reader never mistakes a lock being written for
 * a half-written stale one.
 */
export async function tryLock(root: string, command: string): Promise<Lock | { heldBy: LockHolder }> {
  const path = lockFile(root);
  const holder: LockHolder = { pid: process.pid, started: new Date().toISOString(), command };
  const draft = `${path}.${process.pid}`;
  await writeFile(draft, JSON.stringify(holder));
  try {
    for (;;) {
      if (await linkOnce(draft, path))
        return {
          holder,
          release: async () => {
            // Only our own lock: a build that outlived its lock must not free another's.
            if ((await readHolder(path))?.pid === process.pid) await rm(path, { force: true });
          },
        };
      const current = await readHolder(path);
      if (current && isRunning(current.pid)) return { heldBy: current };
      await removeStale(path, draft);
    }
  } finally {
    await rm(draft, { force: true });
  }
}

/** Hard-links `from` to `to` unless `to` exists: an atomic create-with-content. */
async function linkOnce(from: string, to: string): Promise<boolean> {
  try {
    await link(from, to);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Deletes the lock if its process is gone. Only one process at a time may do so (a guard file), and it looks
 * again under the guard: two builds taking over at once would otherwise delete each other's new lock.
 */
async function removeStale(path: string, draft: string): Promise<void> {
  const guard = `${path}.takeover`;
  if (!(await linkOnce(draft, guard))) {
    const guardHolder = await readHolder(guard);
    if (!guardHolder || !isRunning(guardHolder.pid)) await rm(guard, { force: true });
    await new Promise((resolve) => setTimeout(resolve, 10));
    return;
  }
  try {
    const current = await readHolder(path);
    if (!current || !isRunning(current.pid)) await rm(path, { force: true });
  } finally {
    await rm(guard, { force: true });
  }
}

/** Waits for the lock, telling once who holds it; gives up after `timeoutMs` with the holder. */
export async function acquireLock(root: string, command: string, { timeoutMs = 15 * 60_000, pollMs = 250, onWait = (_: LockHolder) => {} } = {}): Promise<Lock | { heldBy: LockHolder }> {
  const deadline = Date.now() + timeoutMs;
  let told = false;
  for (;;) {
    const attempt = await tryLock(root, command);
    if ('release' in attempt || Date.now() >= deadline) return attempt;
    if (!told) onWait(attempt.heldBy);
    told = true;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
