// One build per folder: a lock file created exclusively, naming the process that holds it. A lock whose process
// is gone (a killed build) is taken over, so a crash never blocks the next build.
import { link, readFile, rename, rm, writeFile } from 'node:fs/promises';
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

/** The text of a lock file, or undefined when there is none. */
async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The process a lock file's text names, unless the text is half-written (by a process killed while writing it). */
function parseHolder(text: string): LockHolder | undefined {
  try {
    const holder = JSON.parse(text) as LockHolder;
    return Number.isInteger(holder.pid) ? holder : undefined;
  } catch {
    return undefined;
  }
}

/** The process named in a lock file, if the file is there and whole. */
export async function readHolder(path: string): Promise<LockHolder | undefined> {
  const text = await readText(path);
  return text === undefined ? undefined : parseHolder(text);
}

/** Whether a lock file's text names a running process (a half-written one names none). */
function namesLiveProcess(text: string): boolean {
  const holder = parseHolder(text);
  return holder !== undefined && isRunning(holder.pid);
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
      const text = await readText(path);
      if (text === undefined) continue; // freed since: try again
      const current = parseHolder(text);
      if (current && isRunning(current.pid)) return { heldBy: current };
      await removeStale(path, text, draft);
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
 * Deletes the stale lock whose text was `stale`. Only the process holding a guard file may delete a lock, and it
 * deletes only that same stale text: a lock file can be created only where none is, so the text it read stays
 * until it deletes it, and a new lock taken meanwhile is never deleted.
 */
async function removeStale(path: string, stale: string, draft: string): Promise<void> {
  const guard = `${path}.takeover`;
  if (!(await linkOnce(draft, guard))) {
    // Another process is taking over. If it was killed doing so, its guard is moved aside and deleted, unless
    // what was moved is a newer guard, which goes back.
    const text = await readText(guard);
    if (text !== undefined && !namesLiveProcess(text)) {
      const moved = `${guard}.${process.pid}`;
      try {
        await rename(guard, moved);
        if ((await readFile(moved, 'utf8')) !== text) await linkOnce(moved, guard);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      } finally {
        await rm(moved, { force: true });
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
    return;
  }
  try {
    if ((await readText(path)) === stale) await rm(path, { force: true });
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
