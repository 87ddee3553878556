// Result excerpts as the search page shows them: Pagefind's excerpt (text with <mark> around the words
// found) as plain parts, cut to whole words, with "…" where the page's text goes on before or after.

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** Pagefind's excerpt as parts. Only its own <mark> tags count; anything else stays text, never markup. */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>' || piece === '</mark>') mark = piece === '<mark>';
    else if (piece) parts.push({ text: piece.replace(/\s+/g, ' '), mark });
  }
  return parts;
}

const letter = /[\p{L}\p{N}]/u;
/** A sentence or heading ends here (Pagefind ends headings with '. '). */
const sentenceEnd = /[.?!]\s/g;
/** How far into an excerpt a sentence start may be taken as the excerpt's start. */
const startReach = 1 / 3;

/** Parts of the characters [start, end) of the excerpt's joined text. */
function sliceParts(parts: ExcerptPart[], start: number, end: number): ExcerptPart[] {
  const out: ExcerptPart[] = [];
  let at = 0;
  for (const part of parts) {
    const from = Math.max(start - at, 0);
    const to = Math.min(end - at, part.text.length);
    if (to > from) out.push({ text: part.text.slice(from, to), mark: part.mark });
    at += part.text.length;
  }
  return out;
}

/** Where the found words begin and end in the excerpt's text; none found: from its end to its start. */
function markedSpan(parts: ExcerptPart[]): { first: number; last: number } {
  let at = 0;
  let first = -1;
  let last = 0;
  for (const part of parts) {
    if (part.mark) {
      if (first < 0) first = at;
      last = at + part.text.length;
    }
    at += part.text.length;
  }
  return { first: first < 0 ? at : first, last };
}

/**
 * The excerpt cut to whole words and, when a sentence starts early in it (before the first word found),
 * to that sentence; "… " before and " …" after where the page's text (`content`) goes on. An excerpt
 * not found in the content is returned as it is.
 */
export function trimExcerpt(parts: ExcerptPart[], content: string): ExcerptPart[] {
  const text = parts.map((p) => p.text).join('');
  const page = content.replace(/\s+/g, ' ');
  const at = text.trim() ? page.indexOf(text) : -1;
  if (at < 0) return parts;
  const { first, last } = markedSpan(parts);
  let start = 0;
  let end = text.length;
  // Cut inside a word at either end: drop that piece of a word (never a found word).
  if (at > 0 && letter.test(page[at - 1]!) && letter.test(text[0]!)) {
    const space = text.indexOf(' ');
    if (space >= 0 && space < first) start = space + 1;
  }
  if (at + end < page.length && letter.test(page[at + end]!) && letter.test(text[end - 1]!)) {
    const space = text.lastIndexOf(' ');
    if (space > start && space >= last) end = space;
  }
  for (const m of text.matchAll(sentenceEnd)) {
    const next = m.index + m[0].length;
    if (next > start && next <= Math.min(first, text.length * startReach)) start = next;
  }
  const before = at + start > 0 ? [{ text: '… ', mark: false }] : [];
  const after = at + end < page.length ? [{ text: ' …', mark: false }] : [];
  return [...before, ...sliceParts(parts, start, end), ...after];
}
