// Reads one content file into data plus a way to find the line of any field, for messages staff can act on.
import { LineCounter, parseDocument, isNode } from 'yaml';

export type Path = (string | number)[];

export interface Parsed {
  data: unknown;
  /** 1-based line of the field at `path` (or of its nearest existing parent). */
  lineOf(path: Path): number;
  /** The value written at `path`, or undefined. */
  valueAt(path: Path): unknown;
  /** MDX body and the line it starts on; empty for YAML files. */
  body: string;
  bodyLine: number;
}

export interface ParseError {
  line: number;
  message: string;
}

/** Parses YAML (whole file, or an MDX file's frontmatter). */
export function parseContentFile(path: string, text: string): Parsed | ParseError {
  let yamlText = text;
  let offset = 0;
  let body = '';
  let bodyLine = 1;
  if (path.endsWith('.mdx')) {
    const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
    if (!m) return { line: 1, message: 'expected frontmatter between two "---" lines at the top, found none' };
    yamlText = m[1]!;
    offset = 1;
    body = text.slice(m[0].length);
    bodyLine = m[0].split('\n').length;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const line = lineCounter.linePos(first.pos[0]).line + offset;
    return { line, message: `expected valid YAML, found ${first.message.split('\n')[0]}` };
  }
  const lineOf = (p: Path): number => {
    for (let n = p.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(p.slice(0, n), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + offset;
    }
    return 1 + offset;
  };
  return { data: doc.toJS() ?? {}, lineOf, valueAt: (p) => doc.getIn(p), body, bodyLine };
}

/** `<Fig id="…" />` uses in an MDX body, with their lines, however the element is spaced, quoted or attributed. */
export function figureUses(body: string, firstLine: number): { id: string; line: number }[] {
  const uses: { id: string; line: number }[] = [];
  body.split('\n').forEach((text, i) => {
    for (const m of text.matchAll(/<Fig\s[^>]*?\bid\s*=\s*(["'])(.*?)\1[^>]*>/g)) uses.push({ id: m[2]!, line: firstLine + i });
  });
  return uses;
}

/** Markup in an MDX body other than `<Fig id="…" />`: raw HTML, scripts or unknown components. */
export function foreignMarkup(body: string, firstLine: number): { tag: string; line: number }[] {
  const found: { tag: string; line: number }[] = [];
  let inCode = false;
  body.split('\n').forEach((text, i) => {
    if (/^\s*```/.test(text)) inCode = !inCode;
    if (inCode) return;
    for (const m of text.replace(/`[^`]*`/g, '').matchAll(/<\/?([A-Za-z][\w.-]*)/g)) {
      if (m[1] !== 'Fig') found.push({ tag: m[1]!, line: firstLine + i });
    }
  });
  return found;
}

/** Markdown links in an MDX body (`[text](target)`), with their lines. */
export function linkUses(body: string, firstLine: number): { target: string; line: number }[] {
  const uses: { target: string; line: number }[] = [];
  body.split('\n').forEach((text, i) => {
    for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) uses.push({ target: m[1]!, line: firstLine + i });
  });
  return uses;
}
