// One build per folder: a lock file created exclusively, naming the process that holds it. A lock whose process
// is gone (a killed build) is taken over, so a crash never blocks the next build.
import { open, readFile, rm } from 'node:fs/promises';
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

/** The lock if it was free (or stale), otherwise the live process that holds it. */
export async function tryLock(root: string, command: string): Promise<Lock | { heldBy: LockHolder }> {
  const path = lockFile(root);
  const holder: LockHolder = { pid: process.pid, started: new Date().toISOString(), command };
  for (;;) {
    try {
      const file = await open(path, 'wx');
      await file.writeFile(JSON.stringify(holder));
      await file.close();
      return {
        holder,
        release: async () => {
          // Only our own lock: a build that outlived its lock must not free another's.
          if ((await readHolder(path))?.pid === process.pid) await rm(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const current = await readHolder(path);
    if (current && current.pid !== process.pid && isRunning(current.pid)) return { heldBy: current };
    // Stale: its process is gone. Remove it and try again; if two builds race here, `wx` lets only one win.
    await rm(path, { force: true });
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
