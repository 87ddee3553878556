// Tells every `<Fig>` inside a Markdown table which figures share its table, so English amounts of one table
// are written in one scale (KRW 0.2 billion beside KRW 10 billion; see `wonScale`).
import type { Root } from 'hast';

/** The parts of hast and MDX JSX nodes this plugin reads (MDX adds `mdxJsxTextElement` nodes to hast). */
interface Node {
  type: string;
  tagName?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

/** Every `<Fig>` below `node`, in document order. */
function figs(node: Node): Node[] {
  if (node.type === 'mdxJsxTextElement' && node.name === 'Fig') return [node];
  return (node.children ?? []).flatMap(figs);
}

/** rehype plugin: adds `tableFigures="<id> <id> …"` (all figure ids of the table) to each `<Fig>` in a table. */
export function rehypeTableFigures() {
  return (tree: Root) => {
    const visit = (node: Node) => {
      if (node.type === 'element' && node.tagName === 'table') {
        const found = figs(node);
        const ids = found.flatMap((f) => f.attributes!.flatMap((a) => (a.name === 'id' && typeof a.value === 'string' ? [a.value] : [])));
        for (const f of found) f.attributes!.push({ type: 'mdxJsxAttribute', name: 'tableFigures', value: ids.join(' ') });
        return;
      }
      (node.children ?? []).forEach(visit);
    };
    visit(tree as Node);
  };
}
