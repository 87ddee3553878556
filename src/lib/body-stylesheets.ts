// A page's stylesheet links, repeated at the start of its body. The head's links block the first frame in every
// browser; Chromium also holds its parser at a stylesheet link in the body until the sheet has loaded (the body
// copies come from the memory cache, no second download). So when parsing ends the page is styled. That matters
// because a page with a form control (every page: the header search) gets a forced style and layout from
// Chromium at that moment: unstyled, it was laid out twice, once without its styles and once with them
// (docs/decisions.md).

const headOf = /<head\b[^>]*>([\s\S]*?)<\/head>/;
const bodyStart = /<body\b[^>]*>/g;
const stylesheetLink = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;

/** The page with its head's stylesheet links repeated, in order, right after `<body>`; unchanged if it has none
 *  or already starts its body with them. */
export function repeatStylesheetsInBody(html: string): string {
  const head = headOf.exec(html);
  const links = head?.[1]?.match(stylesheetLink)?.join('') ?? '';
  if (!head || !links) return html;
  // The body's start tag is looked for after the head, so a "<body" in a head attribute is not taken for it.
  bodyStart.lastIndex = head.index + head[0].length;
  const body = bodyStart.exec(html);
  if (!body) return html;
  const at = body.index + body[0].length;
  if (html.startsWith(links, at)) return html;
  return html.slice(0, at) + links + html.slice(at);
}
