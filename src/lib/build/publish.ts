// Publishing a build into dist/ so that a kill at any moment leaves a whole site behind: the new site is built
// and verified in .build/, marked ready, and swapped in by renames; the next build finishes or undoes a swap
// that was cut short before it deletes anything.
import { existsSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface BuildPaths {
  dist: string;
  work: string;
  next: string;
  previous: string;
  ready: string;
  manifest: string;
}

/** Where one project's build writes: `.build/dist` is the new site, fixed so output never varies with a temp path. */
export function buildPaths(root: string): BuildPaths {
  const work = join(root, '.build');
  return {
    dist: join(root, 'dist'),
    work,
    next: join(work, 'dist'),
    previous: join(work, 'previous'),
    ready: join(work, 'ready'),
    manifest: join(work, 'astro-pages.json'),
  };
}

/**
 * Makes dist/ whole again after a build that was killed mid-swap, then clears the work folder. Returns what it
 * did, or undefined when there was nothing to repair.
 */
export async function recover(paths: BuildPaths): Promise<string | undefined> {
  let repaired: string | undefined;
  if (!existsSync(paths.dist)) {
    if (existsSync(paths.ready) && existsSync(paths.next)) {
      await rename(paths.next, paths.dist);
      repaired = 'finished publishing the verified site that an interrupted build left in .build/';
    } else if (existsSync(paths.previous)) {
      await rename(paths.previous, paths.dist);
      repaired = 'restored the previous site that an interrupted build had moved aside';
    }
  }
  await rm(paths.work, { recursive: true, force: true });
  return repaired;
}

/** The steps of a publish, in order; each leaves a state that `recover` turns back into a whole dist/. */
export const publishSteps: { name: string; run(paths: BuildPaths): Promise<void> }[] = [
  { name: 'mark the new site ready', run: (p) => writeFile(p.ready, '') },
  { name: 'move the old site aside', run: async (p) => (existsSync(p.dist) ? rename(p.dist, p.previous) : undefined) },
  { name: 'move the new site in', run: (p) => rename(p.next, p.dist) },
  { name: 'clear the work folder', run: (p) => rm(p.work, { recursive: true, force: true }) },
];

/** Replaces dist/ with the verified new site. */
export async function publish(paths: BuildPaths): Promise<void> {
  for (const step of publishSteps) await step.run(paths);
}

/** The page list Astro writes when, and only when, it has finished every page (see src/integrations/build-manifest.ts). */
export interface BuildManifest {
  pages: string[];
}

/** Files that may hold a page of Astro's list: `tasks/1-1/` → `tasks/1-1/index.html`; `404/` → `404.html` too. */
export function pageFiles(pathname: string): string[] {
  const path = pathname.replace(/^\/+/, '');
  if (/\.[a-z0-9]+$/i.test(path)) return [path];
  const dir = path === '' || path.endsWith('/') ? path : `${path}/`;
  return dir === '' ? ['index.html'] : [`${dir}index.html`, `${dir.slice(0, -1)}.html`];
}

/**
 * Problems that make a built site unfit to publish: Astro stopped before its end (no page list), or pages it
 * listed are missing or cut short. Empty when the site is whole.
 */
export async function verifyBuild(paths: BuildPaths): Promise<string[]> {
  let manifest: BuildManifest;
  try {
    manifest = JSON.parse(await readFile(paths.manifest, 'utf8')) as BuildManifest;
  } catch {
    return ['Astro stopped before it finished building (it wrote no list of built pages), although it may have exited with success.'];
  }
  if (manifest.pages.length === 0) return ['Astro built no pages.'];
  const problems: string[] = [];
  for (const page of manifest.pages) {
    const candidates = pageFiles(page);
    let file = candidates[0]!;
    let text: string | undefined;
    for (const candidate of candidates) {
      text = await readFile(join(paths.next, candidate), 'utf8').catch(() => undefined);
      file = candidate;
      if (text !== undefined) break;
    }
    if (text === undefined) problems.push(`missing page ${candidates[0]}`);
    else if (file.endsWith('.html') && !/<\/html>\s*$/i.test(text)) problems.push(`page cut short: ${file}`);
  }
  return problems;
}
