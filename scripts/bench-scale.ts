// npm run bench:scale: builds today's content (1×) and, beside it, synthetic later plans that make ten times
// its bytes (10×: scripts/synthetic-content.ts), each in a temporary copy of the project with the real build
// (scripts/build.ts: check, Astro, Pagefind), and prints build time, peak memory, pages, sizes and the bytes
// a first search fetches, with the ratios. Asserts nothing (the budgets are issue 11's: 10× content in at most
// 10× the time, memory under 2 GB, first-search bytes at most 2×); exits non-zero if a build fails.
// `--keep` leaves the temporary copies for a closer look; `--scales 1,2` builds other scales.
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { readContentFiles, readSources } from '../src/lib/content-check/read.ts';
import { builtFiles } from '../src/lib/built-files.ts';
import { launch } from '../tests/support/browser.ts';
import { serve } from '../tests/support/server.ts';
import { probes } from '../tests/browser/search-queries.ts';
import { firstSearchBytes } from '../tests/support/search.ts';
import { projectCopy, sources as realSources } from '../tests/support/project.ts';
import { syntheticContent } from './synthetic-content.ts';
import { kb, median, printTable } from './print-table.ts';

const { values: args } = parseArgs({ options: { keep: { type: 'boolean', default: false }, scales: { type: 'string', default: '1,10' } } });
const scales = args.scales.split(',').map(Number);

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** Total bytes of the files under a folder, and their count. */
async function folderSize(dir: string): Promise<{ files: number; bytes: number }> {
  const files = await builtFiles(dir);
  const sizes = await Promise.all(files.map((f) => stat(join(dir, f)).then((s) => s.size)));
  return { files: files.length, bytes: sizes.reduce((a, b) => a + b, 0) };
}

/** Resident memory (bytes) of a process and all its descendants now, from /proc. */
async function treeRss(root: number): Promise<number> {
  const procs = await Promise.all((await readdir('/proc')).filter((d) => /^\d+$/.test(d)).map(async (pid) => {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
    // Fields after the command (in parentheses, which may hold spaces): state ppid … rss is the 24th field.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { pid: Number(pid), ppid: Number(fields[1]), rss: Number(fields[21]) * 4096 };
  }));
  const tree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of procs) if (!tree.has(p.pid) && tree.has(p.ppid)) (tree.add(p.pid), (grew = true));
  }
  return procs.filter((p) => tree.has(p.pid)).reduce((sum, p) => sum + (p.rss || 0), 0);
}

// GNU time's last line: CPU seconds (user + system) of the build and every process it waited for. CPU time
// tells the build's own cost on a shared machine, where wall time also counts waiting for the other users.
const cpuMark = 'bench-scale cpu';

/**
 * Runs the build in a project copy: wall and CPU time, the largest summed RSS of its process tree (sampled
 * every 100 ms), and when each step ended.
 */
function build(dir: string, sourcesDir: string): Promise<{ status: number; seconds: number; cpu: number; peak: number; steps: Record<string, number>; output: string }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-f', `${cpuMark} %U %S`, process.execPath, join(dir, 'scripts/build.ts')], {
      cwd: dir,
      env: { ...process.env, SOURCES_DIR: sourcesDir, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    let output = '';
    let peak = 0;
    const steps: Record<string, number> = {};
    const marks: [string, RegExp][] = [['check', /^Content check passed/m], ['astro', /\[build\] Complete!/], ['index', /^search index:/m]];
    const read = (d: Buffer) => {
      output += d;
      for (const [name, re] of marks) if (steps[name] === undefined && re.test(output)) steps[name] = (performance.now() - started) / 1000;
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    const sampler = setInterval(() => void treeRss(child.pid!).then((rss) => (peak = Math.max(peak, rss))), 100);
    child.on('close', (status) => {
      clearInterval(sampler);
      const [user, system] = output.match(new RegExp(`^${cpuMark} ([\\d.]+) ([\\d.]+)$`, 'm'))?.slice(1).map(Number) ?? [NaN, NaN];
      resolve({ status: status ?? 1, seconds: (performance.now() - started) / 1000, cpu: user! + system!, peak, steps, output });
    });
  });
}

/** Writes today's content plus `scale - 1` synthetic plans into a project copy and builds it. */
async function run(scale: number) {
  const sourcesDir = await mkdtemp(join(tmpdir(), `bench-scale-${scale}x-sources-`));
  await cp(realSources, sourcesDir, { recursive: true });
  const copy = await projectCopy({}, { sourcesDir });
  const files = await readContentFiles(copy.dir);
  const real = await readSources(realSources);
  // A replica is the plan's part of content/ (not the roadmap, glossary or agencies): as many as make `scale` × the bytes.
  const textBytes = (list: { text: string }[]) => list.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0);
  const copies = Math.round(((scale - 1) * textBytes(files)) / textBytes(syntheticContent(files, real, 1).files));
  const synthetic = syntheticContent(files, real, copies);
  for (const [name, text] of Object.entries(synthetic.sources)) await writeFile(join(sourcesDir, name), text);
  for (const f of synthetic.files) {
    await mkdir(dirname(join(copy.dir, 'content', f.path)), { recursive: true });
    await writeFile(join(copy.dir, 'content', f.path), f.text);
  }
  const content = await folderSize(join(copy.dir, 'content'));
  console.log(`${scale}×: ${content.files} content files (${mb(content.bytes)} MB, plans 4–${4 + copies}) in ${copy.dir}; building…`);
  const result = await build(copy.dir, sourcesDir);
  if (result.status !== 0) {
    console.error(result.output.slice(-4000));
    console.error(`\nThe ${scale}× build failed (${copy.dir} kept).`);
    process.exit(1);
  }
  const dist = join(copy.dir, 'dist');
  const site = await folderSize(dist);
  const index = await folderSize(join(dist, 'pagefind'));
  const pages = (await builtFiles(dist)).filter((f) => f.endsWith('.html')).length;
  const browser = await launch();
  const server = await serve(dist);
  const searches: { fragments: number; runtime: number }[] = [];
  for (const probe of probes.filter((_, i) => i % 2 === 0).slice(0, 20)) searches.push(await firstSearchBytes(browser, server.url, probe, false));
  await server.close();
  await browser.close();
  if (args.keep) console.log(`kept: ${copy.dir} (sources: ${sourcesDir})`);
  else await Promise.all([copy.cleanup(), rm(sourcesDir, { recursive: true, force: true })]);
  return {
    scale, content, pages, site, index, ...result,
    fragments: median(searches.map((b) => b.fragments)),
    firstSearch: median(searches.map((b) => b.fragments + b.runtime)),
  };
}

const results: Awaited<ReturnType<typeof run>>[] = [];
for (const scale of scales) results.push(await run(scale));
const [base] = results;
const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;
const step = (r: (typeof results)[number], name: string, previous?: string) => (r.steps[name] ?? NaN) - (previous ? r.steps[previous] ?? NaN : 0);

console.log('\nScale: today\'s content (1×) and with synthetic later plans. Build s is wall time, CPU s the user + system time of the build and its child processes (GNU time); peak memory is the largest sum of the resident memory of the build\'s process tree (node, Astro, Pagefind), sampled from /proc every 100 ms.\n');
printTable(
  ['', 'content files / MB', 'build s (check / astro / index)', 'CPU s', 'peak memory MB', 'pages', 'dist MB', 'search index MB (files)', 'first search KB (fragments)'],
  results.map((r) => [
    `${r.scale}×`,
    `${r.content.files} / ${mb(r.content.bytes)}`,
    `${r.seconds.toFixed(1)} (${step(r, 'check').toFixed(1)} / ${step(r, 'astro', 'check').toFixed(1)} / ${step(r, 'index', 'astro').toFixed(1)})`,
    r.cpu.toFixed(1),
    mb(r.peak),
    r.pages,
    mb(r.site.bytes),
    `${mb(r.index.bytes)} (${r.index.files})`,
    `${kb(r.firstSearch)} (${kb(r.fragments)})`,
  ]),
);
if (results.length > 1) {
  console.log('');
  printTable(
    ['ratio to 1×', 'content MB', 'build time', 'CPU time', 'peak memory', 'pages', 'dist', 'search index', 'first search (fragments)'],
    results.slice(1).map((r) => [
      `${r.scale}×`, ratio(r.content.bytes, base!.content.bytes), ratio(r.seconds, base!.seconds), ratio(r.cpu, base!.cpu), ratio(r.peak, base!.peak), ratio(r.pages, base!.pages),
      ratio(r.site.bytes, base!.site.bytes), ratio(r.index.bytes, base!.index.bytes), `${ratio(r.firstSearch, base!.firstSearch)} (${ratio(r.fragments, base!.fragments)})`,
    ]),
  );
}
const last = results.at(-1)!;
console.log(
  `scale ${last.scale}×: build time ${ratio(last.seconds, base!.seconds)} (CPU time ${ratio(last.cpu, base!.cpu)}; budget ≤ ${last.scale}×), peak memory ${(last.peak / 1024 ** 3).toFixed(2)} GB (budget < 2 GB), ` +
    `first-search bytes ${ratio(last.firstSearch, base!.firstSearch)} (index fragments ${ratio(last.fragments, base!.fragments)}; budget ≤ 2×)`,
);
