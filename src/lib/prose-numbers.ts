// Numbers typed in the text of an MDX body (not placed with <Fig>): each must be of a kind that is no
// quantity (a year, a date, an ordinal, a section or TRL level, a name like 5G), or a number the source block
// the entry presents also writes — and never the number of one of the entry's own figures.
import type { Root } from 'mdast';

/** A number written in text, with its line in the file and the words around it. */
export interface ProseNumber {
  /** The digits as written: `5,105`, `82.2`, `2022`. */
  text: string;
  line: number;
  /** The text node it stands in, for the kind tests and the message. */
  context: string;
  /** Offset of `text` in `context`. */
  at: number;
}

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  children?: Node[];
  position?: { start: { line: number } };
}

/** Every number of the text nodes of an MDX tree, skipping code, comments and <Fig> elements. */
export function proseNumbers(tree: Root, firstLine: number): ProseNumber[] {
  const found: ProseNumber[] = [];
  const visit = (node: Node) => {
    if (node.type === 'text' && node.value) {
      const line = (node.position?.start.line ?? 1) + firstLine - 1;
      for (const m of node.value.matchAll(/\d+(?:[,.]\d+)*/g)) {
        // A line break inside a text node moves the number's line.
        const before = node.value.slice(0, m.index);
        found.push({ text: m[0], line: line + (before.match(/\n/g)?.length ?? 0), context: node.value, at: m.index });
      }
    }
    if (node.type === 'code' || node.type === 'inlineCode' || node.type.startsWith('mdxJsx') || node.type.endsWith('Expression')) return;
    node.children?.forEach(visit);
  };
  visit(tree as unknown as Node);
  return found;
}

const months = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** Kinds of numbers that state no quantity, each tested on the words around the number. */
const kinds: { name: string; test: (before: string, text: string, after: string) => boolean }[] = [
  { name: 'year', test: (b, n, a) => /^(19|20)\d\d$/.test(n) && !/^\s?(개|명|건|원|억|만|천|%)/.test(a) },
  { name: 'year mark', test: (b) => /[‘’'`]$/.test(b) },
  { name: 'date', test: (b, n, a) => /[‘’'`]\d\d\.?$/.test(b) || /^\s?(월|일)/.test(a) || new RegExp(`(${months})\\s$`).test(b) || new RegExp(`^\\s(${months})`).test(a) },
  { name: 'ordinal', test: (b, n, a) => /^([·‧]\d+)*\s?(차|특구)/.test(a) || /^(st|nd|rd|th)\b/.test(a) || /제$/.test(b) },
  { name: 'section or task number', test: (b, n, a) => /^-\d/.test(a) || /(\d|[ⅠⅡⅢⅣⅤI])-$/.test(b) || /(전략|Strategy|strategy|task|Task|참고|Annex|annex)\s?$/.test(b) },
  { name: 'TRL level', test: (b) => /TRL\s?(\d+\s?[~–-]\s?)?$/.test(b) || /levels?\s(\d+\s?[~–-]\s?)?$/i.test(b) },
  { name: 'step', test: (b, n, a) => /^\s?단계/.test(a) || /(stage|step|phase|Stage|Step|Phase)\s$/.test(b) },
  { name: 'name', test: (b, n, a) => /[A-Za-z]-?$/.test(b) || /^[A-Za-z+]/.test(a) },
];

/** The kind of a number that states no quantity, or undefined. */
export function numberKind(n: ProseNumber): string | undefined {
  const before = n.context.slice(0, n.at);
  const after = n.context.slice(n.at + n.text.length);
  return kinds.find((k) => k.test(before, n.text, after))?.name;
}

/** The digits of a number without grouping commas: `5,105` → `5105`. */
export function digitsOf(text: string): string {
  return text.replaceAll(',', '');
}

/** Every number a text writes, as digits (for "does the source block write this number"). */
export function numbersIn(text: string): Set<string> {
  return new Set([...text.matchAll(/\d+(?:[,.]\d+)*/g)].map((m) => digitsOf(m[0])));
}

/**
 * Problems of the numbers of one body: `figureNumbers` maps the digits each own figure's words state to its
 * id (a typed number a figure states must be that figure); `blockNumbers` are the numbers of the source
 * block the entry presents; `where` names that block in messages.
 */
export function checkProseNumbers(numbers: ProseNumber[], figureNumbers: Map<string, string>, blockNumbers: Set<string>, where: string): { line: number; message: string }[] {
  const problems: { line: number; message: string }[] = [];
  for (const n of numbers) {
    if (numberKind(n)) continue;
    const digits = digitsOf(n.text);
    const figure = figureNumbers.get(digits);
    if (figure) problems.push({ line: n.line, message: `expected <Fig id="${figure}" />, the figure that states ${n.text}, found ${n.text} typed in the text` });
    else if (!blockNumbers.has(digits))
      problems.push({ line: n.line, message: `expected a figure (<Fig id="…" />) or a number that ${where} writes (or a year, date, ordinal, section or TRL level), found ${n.text} in ${JSON.stringify(n.context.trim().slice(0, 60))}` });
  }
  return problems;
}
