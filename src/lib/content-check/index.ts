// The content check: every problem of content/ at once, as `file:line  field  expected …, found …`.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { classify, kindSpec } from './kinds.ts';
import { parseContentFile } from './parse.ts';
import { parseMdxBody } from './mdx-tree.ts';
import { checkBody, linkUses, type IdUse } from './body.ts';
import { screenText } from './text.ts';
import { formatProblem, validate, type Problem } from './validate.ts';
import { checkIntegrity, type Entry } from './integrity.ts';
import { loadSources, readContentFiles, sourcesDir } from './read.ts';

export { formatProblem, type Problem };

export interface ContentFile {
  /** Path relative to content/, with forward slashes. */
  path: string;
  text: string;
  /** Why the file cannot be read as content (a symbolic link, bytes that are not UTF-8); its text is then empty. */
  unreadable?: { line: number; message: string };
}

export interface CheckResult {
  problems: Problem[];
  untranslated: string[];
  /** Web addresses not taken from the sources that staff have not confirmed yet (a notice, not a problem). */
  unconfirmed: string[];
}

/** The most characters a body may have: ample for a □ block (the longest today has under 9,000). */
export const maxBodyLength = 30000;

/** Checks a set of content files against the schemas, each other and the source documents. */
export async function checkContent(files: ContentFile[], sources: Record<string, string>): Promise<CheckResult> {
  const problems: Problem[] = [];
  const entries: Entry[] = [];
  // The file of each `<kind>:<id>`, to report a second file of the same id (a lookup, not a scan per file).
  const entryFiles = new Map<string, string>();
  const invalid = new Set<string>();
  for (const file of files) {
    const name = `content/${file.path}`;
    const what = classify(file.path);
    if (file.unreadable && 'error' in what) {
      problems.push({ file: name, line: file.unreadable.line, field: '(file)', message: file.unreadable.message });
      continue;
    }
    if ('error' in what) {
      problems.push({ file: name, line: 1, field: '(file)', message: `expected ${what.error}, found ${file.path}` });
      continue;
    }
    try {
      const checked = checkFile(name, what, file);
      problems.push(...checked.problems);
      if (checked.entry) {
        const duplicate = entryFiles.get(`${what.kind}:${what.id}`);
        if (duplicate) problems.push({ file: name, line: 1, field: '(file)', message: `expected a unique id, found "${what.id}" also used by ${duplicate}` });
        else entryFiles.set(`${what.kind}:${what.id}`, name);
        entries.push(checked.entry);
      } else {
        checked.invalid.forEach((id) => invalid.add(id));
      }
    } catch (error) {
      // A last resort, so that no file can stop the check with a stack trace instead of its name.
      problems.push({ file: name, line: 1, field: '(file)', message: `expected a file the check can read, found one that stops it: ${String((error as Error).message ?? error).split('\n')[0]}` });
      invalid.add(`${what.kind}:${what.id}`);
    }
  }
  const integrity = checkIntegrity(entries, sources, invalid);
  problems.push(...integrity.problems);
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { problems, untranslated: integrity.untranslated, unconfirmed: integrity.unconfirmed };
}

/**
 * One file's own problems, and its entry when it is valid; otherwise the `<kind>:<id>` and `figure:<id>` keys it
 * would have provided, so that references to it are not reported again as dangling.
 */
function checkFile(file: string, what: { kind: Entry['kind']; id: string }, content: ContentFile): { problems: Problem[]; entry?: Entry; invalid: string[] } {
  const failed = (line: number, message: string, text = ''): { problems: Problem[]; invalid: string[] } => ({
    problems: [{ file, line, field: '(file)', message }],
    invalid: [`${what.kind}:${what.id}`, ...declaredFigureIds(text).map((id) => `figure:${id}`)],
  });
  if (content.unreadable) return failed(content.unreadable.line, content.unreadable.message);
  const screened = screenText(content.text);
  if (!('text' in screened)) return failed(screened.line, screened.message, content.text);
  const parsed = parseContentFile(content.path, screened.text);
  if (!('data' in parsed)) return failed(parsed.line, parsed.message, screened.text);

  const problems: Problem[] = [];
  let tree: Root | undefined;
  let figureUses: IdUse[] = [];
  let links: Entry['linkUses'] = [];
  if (kindSpec(what.kind).files !== 'yaml') {
    if (parsed.body.length > maxBodyLength)
      problems.push({ file, line: parsed.bodyLine, field: '(body)', message: `expected a body of at most ${maxBodyLength} characters, found ${parsed.body.length}` });
    const body = parseMdxBody(parsed.body, parsed.bodyLine);
    if ('tree' in body) {
      tree = body.tree;
      const checked = checkBody(tree, parsed.body);
      problems.push(...checked.problems.map((p) => ({ file, ...p })));
      figureUses = checked.uses.figure;
      links = linkUses(tree);
    } else problems.push({ file, line: body.line, field: '(body)', message: mdxSyntaxMessage(body.message) });
  }
  const { data, problems: schemaProblems } = validate(file, parsed, kindSpec(what.kind).schema);
  problems.push(...schemaProblems);
  if (!data) return { problems, invalid: [`${what.kind}:${what.id}`, ...declaredFigureIds(screened.text).map((id) => `figure:${id}`)] };
  return { problems, invalid: [], entry: { file, kind: what.kind, id: what.id, data: data as Record<string, any>, parsed, tree, figureUses, linkUses: links } };
}

/** Figure ids written in a file that failed (template figures still to be filled, or YAML that does not parse). */
function declaredFigureIds(text: string): string[] {
  return [...text.matchAll(/^[\s-]*id:\s*["']?([a-z0-9-]+)/gm)].map((m) => m[1]!);
}

/** MDX's own syntax message, with what to write for the mistakes staff make. */
function mdxSyntaxMessage(reason: string): string {
  if (/to create a comment in MDX/.test(reason)) return 'expected valid MDX, found an HTML comment <!-- … -->: delete it';
  return `expected valid MDX, found ${reason}`;
}

/** The content and source documents of a project, checked; a folder that cannot be read is a problem, not a crash. */
export async function checkProject(root: string): Promise<CheckResult> {
  const stopped = (problems: Problem[]): CheckResult => ({ problems, untranslated: [], unconfirmed: [] });
  const content = join(root, 'content');
  if (!existsSync(content) || !statSync(content).isDirectory()) {
    return stopped([{ file: 'content', line: 1, field: '(folder)', message: `expected the content folder here, found ${existsSync(content) ? 'a file' : 'none'}` }]);
  }
  const { sources, problems } = await loadSources(sourcesDir(root));
  // Without its documents every figure would fail on its quote: the folder's problems alone say what to fix.
  if (problems.length) return stopped(problems);
  return checkContent(await readContentFiles(root), sources);
}

