// Reads content/ and the source documents from disk for the content check.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { ContentFile } from './index.ts';

/** Every file under `dir`, relative paths with forward slashes. */
async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** All content files of a project root. */
export async function readContentFiles(root: string): Promise<ContentFile[]> {
  const dir = join(root, 'content');
  return Promise.all((await walk(dir)).map(async (path) => ({ path, text: await readFile(join(dir, path), 'utf8') })));
}

/** Where the source documents are: SOURCES_DIR, else ../shared/sources beside the project. */
export function sourcesDir(root: string): string {
  return process.env.SOURCES_DIR ?? join(root, '..', 'shared', 'sources');
}

/** The source documents by code ("000", "004"), read from the sources folder's `<code>_*.txt` files. */
export async function readSources(dir: string): Promise<Record<string, string>> {
  const names = await readdir(dir);
  const sources: Record<string, string> = {};
  for (const name of names) {
    const code = /^(\d{3})_.*\.txt$/.exec(name)?.[1];
    if (code) sources[code] = await readFile(join(dir, name), 'utf8');
  }
  return sources;
}
