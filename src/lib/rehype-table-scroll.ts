// Wraps every Markdown table in a keyboard-focusable, named scroll region, so wide tables scroll on phones
// instead of widening the page (WCAG 1.4.10 reflow) and stay reachable by keyboard: the markup of TableScroll.
import type { Element, Root } from 'hast';
import { t } from './i18n.ts';

/** rehype plugin; the region is named in the language of the file (`*.en.md(x)` → English). */
export function rehypeTableScroll() {
  return (tree: Root, file: { path?: string }) => {
    const locale = /\.en\.mdx?$/.test(file.path ?? '') ? 'en' : 'ko';
    const name = t(locale, 'table.scrollRegion');
    const wrap = (node: Root | Element) => {
      node.children = node.children.map((child) => {
        if (child.type !== 'element') return child;
        if (child.tagName === 'table') {
          return { type: 'element', tagName: 'div', properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: name, dataScrollHint: t(locale, 'table.scrollHint') }, children: [child] } satisfies Element;
        }
        wrap(child);
        return child;
      });
    };
    wrap(tree);
  };
}
