// The English text carries the same figures in the same places as the Korean: paragraph by paragraph (a list
// item's text, a table), in the same order of paragraphs, each with the same <Fig> ids (in the order English
// word order allows: "34 meetings in 20 countries"), read from the parsed MDX tree so that any spelling of the
// element (`<Fig id="x" />`, `<Fig  id='x'/>`, extra attributes) counts as what it is.
import type { Root } from 'mdast';

interface Node {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

/** A paragraph (or heading) that places figures: their ids in order, and its line in the file. */
export interface FigPlace {
  ids: string[];
  line: number;
}

/** The figure places of a body, in document order (paragraphs without a <Fig> are left out). */
export function figPlaces(tree: Root, firstLine: number): FigPlace[] {
  const places: FigPlace[] = [];
  const idsIn = (node: Node, ids: string[]) => {
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Fig') {
      const id = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
      ids.push(typeof id === 'string' ? id : '(no id)');
    }
    node.children?.forEach((c) => idsIn(c, ids));
    return ids;
  };
  const visit = (node: Node) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableRow' || node.type === 'mdxJsxFlowElement') {
      const ids = idsIn(node, []);
      if (ids.length) places.push({ ids, line: (node.position?.start.line ?? 1) + firstLine - 1 });
      return;
    }
    node.children?.forEach(visit);
  };
  visit(tree as unknown as Node);
  return places;
}

/** The first place where the English figures differ from the Korean ones, as a line and message; or undefined. */
export function compareFigPlaces(ko: FigPlace[], en: FigPlace[], enFirstLine: number): { line: number; message: string } | undefined {
  for (let i = 0; i < Math.max(ko.length, en.length); i++) {
    const k = ko[i];
    const e = en[i];
    if (k && e && [...k.ids].sort().join(' ') === [...e.ids].sort().join(' ')) continue;
    const line = e?.line ?? en.at(-1)?.line ?? enFirstLine;
    const expected = k ? `the figures of the Korean paragraph at line ${k.line} (${k.ids.join(', ')})` : 'no more paragraphs with figures than the Korean text';
    const found = e ? `${e.ids.join(', ')}` : 'no paragraph with figures';
    return { line, message: `expected ${expected}, found ${found}` };
  }
  return undefined;
}
