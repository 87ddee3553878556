// Reads one content file into data plus a way to find the line of any field, for messages staff can act on.
import { LineCounter, parseDocument, isAlias, isNode, isPair, isScalar, visit, type Document } from 'yaml';

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

// Astro reads YAML with another library (js-yaml); these plain scalars are dates or numbers to it and text to
// `yaml`, so the check would pass what the build reads differently.
const readAsDate = /^\d{4}-\d\d?-\d\d?(?:[Tt ]|$)/;
const readAsBinary = /^[-+]?0b[01_]+$/;

/** Parses YAML (whole file, or an MDX file's frontmatter), after `screenText`. */
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
  const lineAt = (pos: number) => lineCounter.linePos(pos).line + offset;
  const first = doc.errors[0];
  if (first) return { line: lineAt(first.pos[0]), message: yamlSyntaxMessage(first.code, first.message) };
  const unplain = plainYaml(doc);
  if (unplain) return { line: lineAt(unplain.pos), message: unplain.message };
  const lineOf = (p: Path): number => {
    for (let n = p.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(p.slice(0, n), true);
      if (isNode(node) && node.range) return lineAt(node.range[0]);
    }
    return 1 + offset;
  };
  return { data: doc.toJS() ?? {}, lineOf, valueAt: (p) => doc.getIn(p), body, bodyLine };
}

/** The YAML library's message, in the words of content where its own are a programmer's. */
function yamlSyntaxMessage(code: string, message: string): string {
  if (code === 'MULTIPLE_DOCS') return 'expected one YAML document, found a second "---" line: delete it (a file holds one entry)';
  return `expected valid YAML, found ${message.split('\n')[0]}`;
}

/**
 * The first YAML feature content does not need and that could make the check and the build read different
 * data: anchors and aliases (and the "billion laughs" they allow), tags, merge keys, keys that are not text,
 * and unquoted dates or binary numbers.
 */
function plainYaml(doc: Document): { pos: number; message: string } | undefined {
  let found: { pos: number; message: string } | undefined;
  visit(doc, (_, node) => {
    if (isPair(node)) {
      const key = node.key;
      if (isScalar(key) && key.value === '<<')
        found = { pos: key.range?.[0] ?? 0, message: 'expected plain YAML, found a merge key "<<": write the fields out' };
      else if (isNode(key) && !isScalar(key)) found = { pos: key.range?.[0] ?? 0, message: 'expected a field name, found a list or map used as a key' };
      return found ? visit.BREAK : undefined;
    }
    if (!isNode(node)) return undefined;
    const pos = node.range?.[0] ?? 0;
    if (isAlias(node)) found = { pos, message: `expected plain YAML, found the alias *${node.source}: write the value out instead of repeating it` };
    else if (node.anchor) found = { pos, message: `expected plain YAML, found the anchor &${node.anchor}: delete it and write values out` };
    else if (node.tag) found = { pos, message: `expected plain YAML, found the tag ${node.tag.replace('tag:yaml.org,2002:', '!!')}: delete it (put text in quotes)` };
    else if (isScalar(node) && node.type === 'PLAIN' && typeof node.value === 'string' && (readAsDate.test(node.value) || readAsBinary.test(node.value)))
      found = { pos, message: `expected ${JSON.stringify(node.value)} in quotes, found it without: YAML reads it as a ${readAsDate.test(node.value) ? 'date' : 'number'}` };
    return found ? visit.BREAK : undefined;
  });
  return found;
}

