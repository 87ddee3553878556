// The files of a built site, as URL paths: what the sitemap, the search index and the tests walk over.
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** URL path of every file under `dir` (`/tasks/1-1/index.html`), sorted. */
export async function builtFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => '/' + relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}
