// Parses an MDX body into its syntax tree without compiling or running it, with the plugins of the build, so
// the check (and anything that reads prose) sees the body exactly as Astro will.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import type { Root } from 'mdast';
import { remarkPlugins } from '../markdown-plugins.ts';

export type { Root };

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkPlugins).freeze();

/**
 * The tree of an MDX body, or where and why it fails to parse. `firstLine` is the file line the body starts
 * on; every node's `position` is shifted by it, so `node.position.start.line` is a line of the file.
 */
export function parseMdxBody(body: string, firstLine = 1): { tree: Root } | { line: number; message: string } {
  let tree: Root;
  try {
    tree = processor.runSync(processor.parse(body)) as Root;
  } catch (error) {
    const e = error as { line?: number; reason?: string; message?: string };
    return { line: (e.line ?? 1) + firstLine - 1, message: e.reason ?? e.message ?? String(error) };
  }
  if (firstLine !== 1) shiftLines(tree as Located, firstLine - 1);
  return { tree };
}

interface Located {
  position?: { start: { line: number }; end: { line: number } };
  children?: Located[];
  attributes?: Located[];
}

function shiftLines(node: Located, by: number): void {
  if (node.position) {
    node.position.start.line += by;
    node.position.end.line += by;
  }
  node.children?.forEach((child) => shiftLines(child, by));
  node.attributes?.forEach((attribute) => shiftLines(attribute, by));
}
