// The built pages of dist/, as URL paths.
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { dist } from './project.ts';

/** URL path of every HTML page in dist/ (`/tasks/1-1/`, `/404.html`). */
export async function builtPages(): Promise<string[]> {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => '/' + relative(dist, join(e.parentPath, e.name)).split(sep).join('/'))
    .map((p) => p.replace(/index\.html$/, ''))
    .sort();
}
