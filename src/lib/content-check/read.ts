// Reads content/ and the source documents from disk for the content check: every file the build could read,
// including the ones it must refuse (symbolic links, text that is not UTF-8), so that each gets a message.
import { readdir, readFile, readlink, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { ContentFile } from './index.ts';
import { formatProblem, type Problem } from './validate.ts';

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

/** Where the source documents are: SOURCES_DIR (unless empty), else ../shared/sources beside the project. */
export function sourcesDir(root: string): string {
  return process.env.SOURCES_DIR || join(root, '..', 'shared', 'sources');
}

const folderExpected = 'expected the folder of the source documents (000_*.txt, …)';
const setSourcesDir = 'set SOURCES_DIR to the folder that holds them';

/** What a failed file-system call found, in words (the code of a Node error, else its message). */
function found(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const words: Record<string, string> = {
    ENOENT: 'nothing there', EACCES: 'no permission to read it', EPERM: 'no permission to read it',
    EISDIR: 'a folder', ENOTDIR: 'a file', ELOOP: 'a loop of symbolic links',
  };
  return words[code ?? ''] ?? (error instanceof Error ? error.message : String(error));
}

/**
 * The source documents by code ("000", "004"), read from the sources folder's `<code>_*.txt` files, and a
 * problem for each fault (a folder that is missing, a file, unreadable or without documents; a document that is
 * unreadable, empty, not UTF-8 or given twice): the check then reports them instead of crashing.
 */
export async function loadSources(dir: string): Promise<{ sources: Record<string, string>; problems: Problem[] }> {
  const sources: Record<string, string> = {};
  const problems: Problem[] = [];
  const problem = (file: string, message: string, line = 1) => problems.push({ file, line, field: file === dir ? '(folder)' : '(source document)', message });
  let names: string[];
  try {
    if (!(await stat(dir)).isDirectory()) {
      problem(dir, `${folderExpected}, found a file: ${setSourcesDir}`);
      return { sources, problems };
    }
    names = (await readdir(dir)).sort();
  } catch (error) {
    const what = found(error);
    problem(dir, `${folderExpected}, found ${what === 'nothing there' ? 'none' : what}: ${setSourcesDir}`);
    return { sources, problems };
  }
  const documents = names.filter((name) => /^\d{3}_.*\.txt$/.test(name));
  if (!documents.length) problem(dir, `${folderExpected}, found a folder without them (${names.length ? names.join(', ') : 'empty'}): ${setSourcesDir}`);
  for (const name of documents) {
    const file = join(dir, name);
    const code = name.slice(0, 3);
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (error) {
      // Listed by the folder yet not there: a symbolic link to a file that is gone.
      const what = found(error);
      problem(file, `expected the text of document ${code}, found ${what === 'nothing there' ? 'a symbolic link to a file that does not exist' : what}`);
      continue;
    }
    const decoded = decodeContent(bytes);
    if (!('text' in decoded)) problem(file, decoded.message, decoded.line);
    else if (!decoded.text.trim()) problem(file, `expected the text of document ${code}, found an empty file`);
    else if (code in sources) problem(file, `expected one file of document ${code}, found a second: ${documents.filter((n) => n.startsWith(code)).join(', ')}`);
    else sources[code] = decoded.text;
  }
  return { sources, problems };
}

/** The source documents by code, for tools that need them all: any fault of `loadSources` is thrown, in words. */
export async function readSources(dir: string): Promise<Record<string, string>> {
  const { sources, problems } = await loadSources(dir);
  if (problems.length) throw new Error(problems.map(formatProblem).join('\n'));
  return sources;
}
