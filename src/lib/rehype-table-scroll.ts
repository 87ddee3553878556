// Wraps every Markdown table in a keyboard-focusable, named scroll region, so wide tables scroll on phones
// instead of widening the page (WCAG 1.4.10 reflow) and stay reachable by keyboard: the markup of TableScroll.
import type { Element, Root } from 'hast';
import { t } from './i18n.ts';

/** The text of a node and its descendants. */
function text(node: Element | Element['children'][number]): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(text).join('') : '';
}

/** The texts of a GFM table's header cells. */
function headings(table: Element): string[] {
  const child = (node: Element | undefined, tag: string) => node?.children.find((c): c is Element => c.type === 'element' && c.tagName === tag);
  const row = child(child(table, 'thead'), 'tr');
  return (row?.children ?? []).flatMap((c) => (c.type === 'element' && c.tagName === 'th' ? [text(c).trim()] : [])).filter(Boolean);
}

/** rehype plugin; the region is named, in the language of the file (`*.en.md(x)` → English), by the table's
 *  column headings, so two tables of one page never share a name. */
export function rehypeTableScroll() {
  return (tree: Root, file: { path?: string }) => {
    const locale = /\.en\.mdx?$/.test(file.path ?? '') ? 'en' : 'ko';
    const wrap = (node: Root | Element) => {
      node.children = node.children.map((child) => {
        if (child.type !== 'element') return child;
        if (child.tagName === 'table') {
          const name = t(locale, 'table.scrollRegion', { columns: headings(child).join(', ') });
          return { type: 'element', tagName: 'div', properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: name, dataScrollHint: t(locale, 'table.scrollHint') }, children: [child] } satisfies Element;
        }
        wrap(child);
        return child;
      });
    };
    wrap(tree);
  };
}
