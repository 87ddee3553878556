// The content check: every problem of content/ at once, as `file:line  field  expected …, found …`.
import { compile } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import { classify, schemas } from './kinds.ts';
import { figureUses, foreignMarkup, linkUses, parseContentFile } from './parse.ts';
import { validate, type Problem } from './validate.ts';
import { checkIntegrity, type Entry } from './integrity.ts';

export type { Problem };

export interface ContentFile {
  /** Path relative to content/, with forward slashes. */
  path: string;
  text: string;
}

export interface CheckResult {
  problems: Problem[];
  untranslated: string[];
  /** Web addresses not taken from the sources that staff have not confirmed yet (a notice, not a problem). */
  unconfirmed: string[];
}

/** Checks a set of content files against the schemas, each other and the source documents. */
export async function checkContent(files: ContentFile[], sources: Record<string, string>): Promise<CheckResult> {
  const problems: Problem[] = [];
  const entries: Entry[] = [];
  const invalid = new Set<string>();
  for (const { path, text } of files) {
    const file = `content/${path}`;
    const what = classify(path);
    if ('error' in what) {
      problems.push({ file, line: 1, field: '(file)', message: `expected ${what.error}, found ${path}` });
      continue;
    }
    const parsed = parseContentFile(path, text);
    if (!('data' in parsed)) {
      problems.push({ file, line: parsed.line, field: '(file)', message: parsed.message });
      invalid.add(`${what.kind}:${what.id}`); // unread, so cross-file rules do not report it again
      continue;
    }
    const duplicate = entries.find((e) => e.kind === what.kind && e.id === what.id);
    if (duplicate) problems.push({ file, line: 1, field: '(file)', message: `expected a unique id, found "${what.id}" also used by ${duplicate.file}` });
    for (const { tag, line } of foreignMarkup(parsed.body, parsed.bodyLine))
      problems.push({ file, line, field: '(body)', message: `expected text, Markdown and <Fig id="…" /> only, found <${tag}>` });
    const mdx = path.endsWith('.mdx') ? await mdxSyntax(file, parsed.body, parsed.bodyLine) : undefined;
    if (mdx) problems.push(...mdx.problems);
    const { data, problems: schemaProblems } = validate(file, parsed, schemas[what.kind]);
    problems.push(...schemaProblems);
    if (!data) {
      invalid.add(`${what.kind}:${what.id}`);
      for (const id of declaredFigureIds(parsed.data)) invalid.add(`figure:${id}`);
    }
    else entries.push({ file, kind: what.kind, id: what.id, data: data as Record<string, any>, parsed, figureUses: figureUses(parsed.body, parsed.bodyLine), tree: mdx?.tree, linkUses: linkUses(parsed.body, parsed.bodyLine) });
  }
  const integrity = checkIntegrity(entries, sources, invalid);
  problems.push(...integrity.problems);
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { problems, untranslated: integrity.untranslated, unconfirmed: integrity.unconfirmed };
}

/** Figure ids written in a file that failed its schema (e.g. template figures still to be filled). */
function declaredFigureIds(data: unknown): string[] {
  const figures = (data as { figures?: unknown } | null)?.figures;
  return Array.isArray(figures) ? figures.map((f) => (f as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string') : [];
}

/** Compiles an MDX body: its syntax problems, and its Markdown tree for the checks of its text. */
async function mdxSyntax(file: string, body: string, bodyLine: number): Promise<{ problems: Problem[]; tree?: Root }> {
  let tree: Root | undefined;
  try {
    await compile(body, { remarkPlugins: [() => (t: Root) => void (tree = t)] });
    return { problems: [], tree };
  } catch (error) {
    const e = error as { line?: number; reason?: string; message: string };
    return { problems: [{ file, line: (e.line ?? 1) + bodyLine - 1, field: '(body)', message: `expected valid MDX, found ${e.reason ?? e.message}` }] };
  }
}

/** One line per problem, the format staff read. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}  ${p.field}  ${p.message}`;
}
