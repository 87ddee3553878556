// Synthetic content for the scale benchmark (npm run bench:scale): replicas of today's plan, each a plainly
// fictional later plan made by cloning the real entries with renamed ids, plan ordinals and years, so the
// site gets more plans, years and programmes with the same shapes and text lengths as content/. Each replica
// quotes its own copies of the source documents (the same text under a new code, with a line saying it is a
// copy), so every figure still passes the content check. Benchmark code only: the result is written into a
// temporary project copy, never into the repository's content/.
import { parse, stringify } from 'yaml';

/** A content file, its path relative to content/. */
export interface SyntheticFile {
  path: string;
  text: string;
}

/** Years between the real plan and its first replica, and between replicas: one plan period. */
const planLength = 5;
/** The real plan's ordinal, the first replica's is the next. */
const realPlan = 4;

/** What one replica renames: plan ordinal, years, ids and slugs, document codes. */
interface Replica {
  n: number;
  plan: number;
  shift: number;
  marker: { ko: string; en: string };
  documents: Map<string, string>;
}

function replica(n: number, documentCodes: string[]): Replica {
  return {
    n,
    plan: realPlan + n,
    shift: planLength * n,
    marker: { ko: `[가상 사본 ${n}] `, en: `[Synthetic copy ${n}] ` },
    // 000 → 810, 004 → 814 for the first replica: a code of three digits, as the sources folder names them.
    documents: new Map(documentCodes.map((code) => [code, String(800 + 10 * n + (Number(code) % 10))])),
  };
}

const slugOf = (r: Replica, slug: string) => `${slug}-s${r.n}`;
const figureId = (r: Replica, id: string) => `s${r.n}-${id}`;
const measureId = (r: Replica, id: string) => `${Number(id.slice(0, 4)) + r.shift}${id.slice(4)}`;
const mark = (r: Replica, text: Record<string, string>) => ({ ...text, ko: r.marker.ko + text.ko, ...(text.en ? { en: r.marker.en + text.en } : {}) });

type Data = Record<string, any>;

/** A figure or dated statement of the replica; a plan figure of a later phase keeps its year and document (its words name that year). */
function figure(r: Replica, f: Data, reports: Map<string, { plans: number }>): Data {
  const later = (f.basis === 'plan' || f.basis === 'budget') && (f.year ?? f.period?.start ?? 0) > (reports.get(f.source.document)?.plans ?? Infinity);
  const shifted = later ? {} : {
    ...(typeof f.year === 'number' ? { year: f.year + r.shift } : {}),
    ...(f.period && f.period !== 'project' ? { period: { start: f.period.start + r.shift, end: f.period.end + r.shift } } : {}),
  };
  return {
    ...f,
    id: figureId(r, f.id),
    ...shifted,
    ...(f.programme ? { programme: slugOf(r, f.programme) } : {}),
    ...(f.compareWith ? { compareWith: f.compareWith.map((id: string) => figureId(r, id)) } : {}),
    source: { ...f.source, document: later ? f.source.document : r.documents.get(f.source.document) ?? f.source.document },
  };
}

/** A dated statement keeps its date (its words state it) and its document; only its ids are the replica's. */
const date = (r: Replica, d: Data): Data => ({ ...d, id: figureId(r, d.id), ...(d.compareWith ? { compareWith: d.compareWith.map((id: string) => figureId(r, id)) } : {}) });

const charts = (r: Replica, list: Data[] | undefined) => list?.map((c) => ({ ...c, title: mark(r, c.title), figures: c.figures.map((id: string) => figureId(r, id)) }));

/** The data of an entry of the replica (frontmatter or YAML record), by folder. */
function data(r: Replica, folder: string, d: Data, reports: Map<string, { plans: number }>, locale?: 'ko' | 'en'): Data {
  const out: Data = { ...d };
  if (d.figures) out.figures = d.figures.map((f: Data) => figure(r, f, reports));
  if (d.dates) out.dates = d.dates.map((x: Data) => date(r, x));
  if (d.charts) out.charts = charts(r, d.charts);
  if (d.programmes) out.programmes = d.programmes.map((p: string) => slugOf(r, p));
  if (typeof d.title === 'string') out.title = (locale === 'en' ? r.marker.en : r.marker.ko) + d.title;
  else if (d.title) out.title = mark(r, d.title);
  if (typeof d.year === 'number') out.year = d.year + r.shift;
  if (d.source?.document) out.source = { ...d.source, document: r.documents.get(d.source.document) ?? d.source.document };
  switch (folder) {
    case 'plans':
      out.period = { start: d.period.start + r.shift, end: d.period.end + r.shift };
      if (d.implementationYear) out.implementationYear = d.implementationYear + r.shift;
      if (d.cycle) out.cycle = figureId(r, d.cycle);
      out.vision = mark(r, d.vision);
      out.targets = d.targets.map((t: Data) => ({
        ...t,
        target: figureId(r, t.target),
        ...(t.actual ? { actual: figureId(r, t.actual) } : {}),
        ...(t.progress ? { progress: t.progress.map((id: string) => figureId(r, id)) } : {}),
      }));
      delete out.periodEnded; // the last replica is the current plan; the build reads no clock
      break;
    case 'tasks':
      out.schedule = d.schedule.map((s: Data) => ({ ...s, year: s.year + r.shift }));
      break;
    case 'measures':
      out.continues = d.continues?.map((id: string) => measureId(r, id));
      break;
    case 'programmes':
      out.name = mark(r, d.name);
      if (d.amount) out.amount = figureId(r, d.amount);
      if (d.successor) out.successor = slugOf(r, d.successor);
      if (d.related) out.related = d.related.map((p: string) => slugOf(r, p));
      break;
    case 'documents':
      out.title = mark(r, d.title);
      out.short = mark(r, d.short);
      out.date = `${Number(d.date.slice(0, 4)) + r.shift}${d.date.slice(4)}`;
      out.reports = Object.fromEntries(Object.entries(d.reports as Record<string, number>).map(([k, y]) => [k, y + r.shift]));
      break;
  }
  return out;
}

/** Figure ids and links of a body, as the replica names them. */
function body(r: Replica, text: string): string {
  return text
    .replace(/(<Fig\s+id=["'])([^"']+)(["'])/g, (_, a, id, b) => `${a}${figureId(r, id)}${b}`)
    .replace(/\]\(\/(tasks|strategies)\//g, `](/plans/${r.plan}/$1/`)
    .replace(/\]\(\/measures\/(\d{4}-[\d-]+)\//g, (_, id) => `](/measures/${measureId(r, id)}/`)
    .replace(/\]\(\/programmes\/([a-z0-9-]+)\//g, (_, slug) => `](/programmes/${slugOf(r, slug)}/`);
}

// YAML as the content check reads it: no line folding, and text that YAML 1.1 (Astro's reader) would read as a
// date or number quoted.
const yaml = (d: Data) => stringify(d, { version: '1.1', lineWidth: 0 });

/** The path of a file in the replica: a plan folder, a later year, a renamed slug; undefined when it is not cloned. */
function path(r: Replica, file: string): string | undefined {
  const [folder, ...rest] = file.split('/');
  const name = rest.join('/');
  switch (folder) {
    case 'plans':
      return name === `${realPlan}.yaml` ? `plans/${r.plan}.yaml` : undefined;
    case 'strategies':
    case 'tasks':
      return name.startsWith(`${realPlan}/`) ? `${folder}/${r.plan}/${name.slice(2)}` : undefined;
    case 'measures':
      return `measures/${Number(name.slice(0, 4)) + r.shift}/${name.slice(5)}`;
    case 'programmes':
      return `programmes/${slugOf(r, name.replace(/\.yaml$/, ''))}.yaml`;
    case 'narratives': {
      const m = /^(.+)-(\d{4})\.(ko|en)\.mdx$/.exec(name);
      // The roadmap's narratives belong to the roadmap edition, which is not replicated.
      return m && !m[1]!.startsWith('roadmap') ? `narratives/${m[1]}-${Number(m[2]) + r.shift}.${m[3]}.mdx` : undefined;
    }
    case 'documents':
      return r.documents.has(name.replace(/\.yaml$/, '')) ? `documents/${r.documents.get(name.replace(/\.yaml$/, ''))}.yaml` : undefined;
    default:
      return undefined;
  }
}

/**
 * `copies` replicas of the plan in `files` (content/ as path and text) and of its source documents (`sources`,
 * text by code): new content files and new source files (`<code>_synthetic-copy-of-<code>.txt`) to add beside
 * the real ones. Replica n is plan 4+n, its years 5n later; every title starts with `[가상 사본 n]`.
 */
export function syntheticContent(files: SyntheticFile[], sources: Record<string, string>, copies: number): { files: SyntheticFile[]; sources: Record<string, string> } {
  const documentCodes = files.flatMap((f) => /^documents\/(\d{3})\.yaml$/.exec(f.path)?.[1] ?? []).filter((code) => code in sources);
  const reports = new Map(files.flatMap((f) => {
    const code = /^documents\/(\d{3})\.yaml$/.exec(f.path)?.[1];
    return code ? [[code, parse(f.text).reports as { plans: number }] as const] : [];
  }));
  const out: SyntheticFile[] = [];
  const outSources: Record<string, string> = {};
  for (let n = 1; n <= copies; n++) {
    const r = replica(n, documentCodes);
    for (const [code, copy] of r.documents)
      outSources[`${copy}_synthetic-copy-of-${code}.txt`] = `※ 벤치마크용 가상 사본 ${n}: 문서 ${code}의 사본이며 실제 정책 문서가 아닙니다.\n${sources[code]}`;
    for (const file of files) {
      const to = path(r, file.path);
      if (!to) continue;
      const folder = file.path.split('/')[0]!;
      if (file.path.endsWith('.yaml')) {
        out.push({ path: to, text: yaml(data(r, folder, parse(file.text), reports)) });
        continue;
      }
      const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(file.text);
      if (!m) throw new Error(`synthetic content: no frontmatter in ${file.path}`);
      const locale = file.path.endsWith('.en.mdx') ? 'en' : 'ko';
      out.push({ path: to, text: `---\n${yaml(data(r, folder, parse(m[1]!), reports, locale))}---\n${body(r, m[2]!)}` });
    }
  }
  return { files: out, sources: outSources };
}
