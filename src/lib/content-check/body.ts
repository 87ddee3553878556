// Content is data: an MDX body may hold text, the Markdown that content uses and the components of the table
// below, nothing that runs. One rule per kind of node of the body's tree, each message naming what to write.
import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseMdxBody } from './mdx-tree.ts';
import { describe } from './validate.ts';

/** An attribute a component accepts: its value is a quoted text; `refers` names what the value is the id of. */
interface AttributeSpec {
  required: boolean;
  refers?: 'figure';
}

/**
 * The components a body may use (mapped to src/components/ in src/components/Prose.astro), each with the
 * attributes it accepts. Adding a component or an attribute is one entry here.
 */
export const components: Record<string, { attributes: Record<string, AttributeSpec> }> = {
  Fig: { attributes: { id: { required: true, refers: 'figure' } } },
};

export interface BodyProblem {
  line: number;
  field: string;
  message: string;
}

export interface IdUse {
  id: string;
  line: number;
}

const usage = Object.entries(components)
  .map(([name, c]) => `<${name} ${Object.keys(c.attributes).map((a) => `${a}="…"`).join(' ')} />`)
  .join(', ');
const only = `expected text, Markdown and ${usage} only`;
/** A tag spelt in text through an escape (`\<`) or a character reference (`&lt;`), which MDX turns into text. */
const spelledTag = /<\/?[a-z!?][^>]*>?/i;
/** Links lead to a web address or to a page of this site; never `javascript:`, `data:`, `//host` or `mailto:`. */
const safeUrl = /^(https:\/\/[^/\s]|\/(?!\/))/i;

/** What a node is called in a message when it is simply not part of content. */
const unsupported: Partial<Record<Nodes['type'], string>> = {
  thematicBreak: 'a horizontal rule (---)',
  html: 'raw HTML',
  yaml: 'a second frontmatter block',
};

/** Problems of a body's tree (lines are file lines, see parseMdxBody) and the component ids it refers to. */
export function checkBody(tree: Root, body: string): { problems: BodyProblem[]; uses: Record<'figure', IdUse[]> } {
  const problems: BodyProblem[] = [];
  const uses: Record<'figure', IdUse[]> = { figure: [] };
  const source = (node: Nodes) => body.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
  const report = (node: Nodes, message: string, field = '(body)') => problems.push({ line: node.position?.start.line ?? 1, field, message });

  visit(tree, (node: Nodes) => {
    switch (node.type) {
      case 'root': case 'paragraph': case 'strong': case 'emphasis': case 'list': case 'table': case 'tableRow': case 'tableCell':
      case 'blockquote': case 'break': case 'linkReference':
        return;
      case 'listItem':
        if (typeof node.checked === 'boolean') report(node, `${only}, found a checkbox ([ ] or [x]): write the item as text`);
        return;
      case 'heading':
        if (node.depth === 1) report(node, 'expected a heading of level 2 or below (## …), found a level-1 heading (# …): the page title is the only one');
        return;
      case 'text': {
        const tag = spelledTag.exec(node.value)?.[0];
        if (tag) report(node, `expected text without HTML tags, found ${describe(tag)} (written with \\< or &lt;): write the words instead`);
        return;
      }
      case 'link':
        if (!safeUrl.test(node.url)) report(node, `expected a link to https://… or to a page of this site (/…), found ${describe(source(node))}`);
        return;
      case 'definition':
        report(node, `expected links written in place, [text](https://…), found the link definition ${describe(source(node))}`);
        return;
      case 'image': case 'imageReference':
        report(node, `expected no images (the site publishes text, tables and figures), found ${describe(source(node))}`);
        return;
      case 'code': case 'inlineCode':
        report(node, `expected text, found code ${describe(source(node))}: write it as plain text, without backticks`);
        return;
      case 'delete':
        report(node, `expected no strikethrough, found ${describe(source(node))}: a range is written with one tilde (1~6)`);
        return;
      case 'footnoteReference': case 'footnoteDefinition':
        report(node, `expected no footnotes, found ${describe(source(node))}: write the note as a sentence`);
        return;
      case 'mdxjsEsm':
        report(node, `${only}, found the statement ${describe(source(node))}: content cannot run code, delete it`);
        return;
      case 'mdxFlowExpression': case 'mdxTextExpression':
        if (/^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(node.value))
          report(node, `${only}, found the comment ${describe(source(node))}: a note for editors goes in the frontmatter as a YAML comment (# …)`);
        else report(node, `${only}, found the expression ${describe(source(node))}: content cannot run code; place a number with <Fig id="…" />, write a brace as \\{`);
        return;
      case 'mdxJsxFlowElement': case 'mdxJsxTextElement':
        checkElement(node, report, uses);
        return;
      default:
        report(node, `${only}, found ${unsupported[node.type] ?? `a "${node.type}" node`}`);
    }
  });
  return { problems, uses };
}

function checkElement(node: Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>, report: (node: Nodes, message: string, field?: string) => void, uses: Record<'figure', IdUse[]>): void {
  const name = node.name;
  if (name === null) return report(node, `${only}, found a fragment <>…</>: delete the <> and </>`);
  const spec = components[name];
  if (!spec) {
    const hint = /^[a-z]/.test(name) ? 'HTML is not part of content: write Markdown (**bold**, - lists, | tables |)' : `the components are ${usage}`;
    return report(node, `${only}, found <${name}>: ${hint}`);
  }
  const field = `<${name}>`;
  const seen = new Set<string>();
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report(node, `expected ${usage}, found the spread attribute {${attribute.value}}`, field);
      continue;
    }
    const allowed = spec.attributes[attribute.name];
    const written = attribute.value === null || attribute.value === undefined ? attribute.name
      : typeof attribute.value === 'string' ? `${attribute.name}=${JSON.stringify(attribute.value)}` : `${attribute.name}={${attribute.value.value}}`;
    if (!allowed) report(node, `expected only the attributes ${Object.keys(spec.attributes).join(', ')} on <${name}>, found ${written}`, field);
    else if (seen.has(attribute.name)) report(node, `expected the attribute ${attribute.name} once, found it again: ${written}`, field);
    else if (typeof attribute.value !== 'string') report(node, `expected ${attribute.name}="…" with the value in quotes, found ${written}`, field);
    else if (allowed.refers) uses[allowed.refers].push({ id: attribute.value, line: node.position?.start.line ?? 1 });
    seen.add(attribute.name);
  }
  for (const [attribute, { required }] of Object.entries(spec.attributes))
    if (required && !seen.has(attribute)) report(node, `expected ${usage}, found <${name}> without ${attribute}`, field);
  if (node.children.length) report(node, `expected ${usage} closed with "/>", found text inside <${name}>…</${name}>`, field);
}

/** Figure ids a body places, in order, with their file lines. */
export function figureUses(tree: Root): IdUse[] {
  return checkBody(tree, '').uses.figure;
}

/** The links written in a body, with their lines: what the check holds to pages of this site. */
export function linkUses(tree: Root): { target: string; line: number }[] {
  const uses: { target: string; line: number }[] = [];
  visit(tree, 'link', (node) => {
    uses.push({ target: node.url, line: node.position?.start.line ?? 1 });
  });
  return uses;
}

/** The figure ids a body places, read from its MDX tree (the check has parsed every body, so this parse succeeds). */
export function figureIdsOfBody(body: string): string[] {
  let ids = figureIdsByBody.get(body);
  if (!ids) {
    const parsed = parseMdxBody(body);
    figureIdsByBody.set(body, (ids = 'tree' in parsed ? figureUses(parsed.tree).map((u) => u.id) : []));
  }
  return [...ids];
}

// A body's figure ids, parsed once: a measure's body is shown on its own page, its task's page and in both
// languages, and parsing MDX was the largest cost of rendering them.
const figureIdsByBody = new Map<string, string[]>();
