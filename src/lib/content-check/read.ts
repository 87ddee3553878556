// Reads content/ and the source documents from disk for the content check: every file the build could read,
// including the ones it must refuse (symbolic links, text that is not UTF-8), so that each gets a message.
import { readdir, readFile, readlink } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { ContentFile } from './index.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Every entry under `dir` except hidden ones (Astro's loaders skip them too), relative paths with forward slashes. */
async function walk(dir: string): Promise<{ path: string; kind: 'file' | 'link' | 'other' }[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .map((e) => ({ e, path: relative(dir, join(e.parentPath, e.name)).split(sep).join('/') }))
    .filter(({ e, path }) => !e.isDirectory() && !path.split('/').some((part) => part.startsWith('.')))
    .map(({ e, path }) => ({ path, kind: e.isSymbolicLink() ? 'link' as const : e.isFile() ? 'file' as const : 'other' as const }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** A file's text, or why it cannot be read as UTF-8 (with the line of the first bad byte). */
export function decodeContent(bytes: Uint8Array): { text: string } | { line: number; message: string } {
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const line = lossy.slice(0, lossy.indexOf('\uFFFD')).split('\n').length;
    return { line, message: 'expected UTF-8 text, found bytes that are not UTF-8 (perhaps saved as EUC-KR or CP949): save the file as UTF-8' };
  }
}

/** All content files of a project root; the ones the check must refuse carry `unreadable` and an empty text. */
export async function readContentFiles(root: string): Promise<ContentFile[]> {
  const dir = join(root, 'content');
  return Promise.all((await walk(dir)).map(async ({ path, kind }): Promise<ContentFile> => {
    const at = join(dir, path);
    const refuse = (line: number, message: string) => ({ path, text: '', unreadable: { line, message } });
    // Astro follows links, so a linked folder would be published unchecked (or a file from outside content/).
    if (kind === 'link') return refuse(1, `expected a file or folder, found a symbolic link to ${JSON.stringify(await readlink(at))}: copy the files into content/ instead`);
    if (kind === 'other') return refuse(1, 'expected a file or folder, found a special file (a pipe, socket or device)');
    const decoded = decodeContent(await readFile(at));
    return 'text' in decoded ? { path, text: decoded.text } : refuse(decoded.line, decoded.message);
  }));
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
