// The body parser shared by the content check and the build: file lines, errors, and single tildes.
import { describe, expect, it } from 'vitest';
import { visit } from 'unist-util-visit';
import { parseMdxBody, type Root } from '../../src/lib/content-check/mdx-tree.ts';

const tree = (body: string, firstLine?: number): Root => {
  const parsed = parseMdxBody(body, firstLine);
  if (!('tree' in parsed)) throw new Error(parsed.message);
  return parsed.tree;
};
const types = (root: Root) => {
  const found: string[] = [];
  visit(root, (node) => void found.push(node.type));
  return found;
};

describe('parseMdxBody', () => {
  it('reads single tildes as text, never strikethrough (TRL 1~6단계 … TRL 7~9단계)', () => {
    const root = tree('기초연구(TRL 1~6단계)에서 사업화(TRL 7~9단계)까지\n');
    expect(types(root)).not.toContain('delete');
    const texts: string[] = [];
    visit(root, 'text', (node) => void texts.push(node.value));
    expect(texts.join('')).toBe('기초연구(TRL 1~6단계)에서 사업화(TRL 7~9단계)까지');
  });

  it('reads GFM tables and <Fig> elements', () => {
    const root = tree('| 구분 | 실적 |\n| --- | --- |\n| 보급 | <Fig id="a-b" /> |\n');
    expect(types(root)).toEqual(['root', 'table', 'tableRow', 'tableCell', 'text', 'tableCell', 'text', 'tableRow', 'tableCell', 'text', 'tableCell', 'mdxJsxTextElement']);
  });

  it('gives nodes and attributes the lines of the file when told where the body starts', () => {
    const root = tree('첫 줄\n\n- <Fig\n  id="x" />\n', 10);
    const lines: number[] = [];
    visit(root, (node) => {
      if (node.type === 'paragraph') lines.push(node.position!.start.line);
      if (node.type === 'mdxJsxFlowElement') lines.push(node.position!.start.line, node.attributes[0]!.position!.start.line);
    });
    expect(lines).toEqual([10, 12, 13]);
  });

  it('reports a syntax error at its file line instead of throwing', () => {
    expect(parseMdxBody('text\n\n{unclosed\n', 5)).toEqual({ line: 8, message: 'Unexpected end of file in expression, expected a corresponding closing brace for `{`' });
  });
});
