// Korean words kept whole at the end of a line in every engine. With `word-break: keep-all` a Korean line breaks
// only at spaces in WebKit, but Chromium and Firefox also break inside a word at its punctuation: before "(" in
// 지원(270억원), after "·" in 대·중소기업, after "-" in K-스마트등대공장 (CSS Text allows both readings). In the built
// page, the two characters on either side of such a place are wrapped in `<span class=w>` (white-space:
// nowrap), which removes that break and nothing else: the text is unchanged, and a word too long for a phone's
// line can still break elsewhere (overflow-wrap), as it does in WebKit.

const hangul = /[\uAC00-\uD7A3]/;
const letterOrDigit = /^[\p{L}\p{N}\p{M}]$/u;
/** The marks next to which Chromium or Firefox break a keep-all line: every punctuation mark and symbol (in a
 *  Korean page the ambiguous ones, as · × → ※, are ideographs to them), but the ASCII ones they read as letters. */
const breakingMark = /^[^\p{L}\p{N}\p{M}\s~&*+%#@_=^$`]$/u;
/** No line break before these: closing brackets and quotes, and the marks that end a phrase. */
const noBreakBefore = /^[)\]}»」』〉》’”"',.!?:;%…>]$/u;
/** No line break after these: opening brackets and quotes. */
const noBreakAfter = /^[(\[{«「『〈《‘“]$/u;

const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"' };
/** A character of the page's source as the reader sees it (&lt; and &#x3C; are <, &#39; is '). */
const decoded = (c: string) => entities[c] ?? (c.startsWith('&#') ? String.fromCodePoint(Number(c.slice(2, -1).replace(/^x/i, '0x'))) : c);

/** Whether a line may break between `a` and `b` (as written in the page's source) in Chromium or Firefox under
 *  keep-all, where WebKit does not. */
function breaksInside(written: string, next: string): boolean {
  const [a, b] = [decoded(written), decoded(next)];
  if (noBreakBefore.test(b) || noBreakAfter.test(a)) return false;
  if (/^[,.]$/.test(a) && letterOrDigit.test(b)) return false; // 2,180, 1.5 and index.yaml: one word
  return breakingMark.test(a) || breakingMark.test(b);
}

/** The characters of a text, an entity (&lt;, &#39;, &#x3C;) counting as one. */
const charsOf = (text: string) => text.match(/&[a-z]+;|&#(?:\d+|x[\da-f]+);|./gisu) ?? [];

/**
 * A run of text with the break places inside its Korean words glued. `continued`: the text goes on a word that
 * an element before it ended, and a `<span class=w>` opened before that element takes in its first characters.
 */
function keepRuns(text: string, continued = false): string {
  return text.replace(/\S+/g, (word, index: number) => {
    const open = continued && index === 0;
    if (!open && !hangul.test(word)) return word;
    const chars = charsOf(word);
    const glued = chars.map((c, i) => (i === 0 ? open : breaksInside(chars[i - 1]!, c)));
    if (!glued.includes(true)) return word;
    let out = '';
    for (let i = 0; i < chars.length; i++) {
      const opens = !glued[i] && glued[i + 1];
      const closes = glued[i] && !glued[i + 1];
      out += `${opens ? '<span class=w>' : ''}${chars[i]}${closes ? '</span>' : ''}`;
    }
    return out;
  });
}

/** A tag, a comment, or the raw text elements whose content is not HTML. */
const markup = /<!--[\s\S]*?-->|<(script|style|textarea|title)\b[^>]*>[\s\S]*?<\/\1>|<\/?([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const voids = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose text is not wrapped: the head, SVG and MathML (no HTML inside), preformatted text and code
 *  (a path or a command breaks where English text does), options (text only), noscript (raw text while scripts
 *  run), and figures and dates (already kept on one line). */
const skipped = new Set(['head', 'svg', 'math', 'pre', 'code', 'kbd', 'samp', 'option', 'noscript', 'data', 'time']);
/** Elements inside a line of text, which a word can run through (a link, a figure, emphasis, code). */
const phrasing = new Set(['a', 'abbr', 'b', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']);
/** The longest element glued to the word after it, in characters: longer ones may need to break on a phone. */
export const longestGluedElement = 12;

/** The page with the Korean words of its body text kept whole (text in `lang="ko"`, inherited from `<html>`). */
export function keepKoreanWords(html: string): string {
  const open: { name: string; korean: boolean; skip: boolean; start: number; text: string }[] = [];
  // The phrasing element that has just closed, if nothing came after it yet: a word may go on after it.
  let closed: { start: number; text: string } | undefined;
  let out = '';
  let at = 0;
  for (const m of html.matchAll(markup)) {
    const text = html.slice(at, m.index);
    const top = open.at(-1);
    if (text) {
      const last = closed && /^\S/.test(text) ? charsOf(closed.text) : [];
      const continued = last.length > 0 && last.length <= longestGluedElement && top?.korean === true && !top.skip && breaksInside(last.at(-1)!, charsOf(text)[0]!);
      if (continued) out = `${out.slice(0, closed!.start)}<span class=w>${out.slice(closed!.start)}`;
      out += top?.korean && !top.skip ? keepRuns(text, continued) : text;
      // Only a phrasing element's text is ever read (to glue it to the word after it).
      for (const element of open) if (phrasing.has(element.name)) element.text += text;
    }
    const name = m[2]?.toLowerCase();
    const start = out.length;
    out += m[0];
    at = m.index + m[0].length;
    closed = undefined;
    if (!name) continue;
    if (m[0].startsWith('</')) {
      const index = open.findLastIndex((e) => e.name === name);
      if (index < 0) continue;
      const element = open[index]!;
      open.length = index;
      if (phrasing.has(name) && element.text) closed = { start: element.start, text: element.text };
    } else if (!voids.has(name) && !m[0].endsWith('/>')) {
      const lang = /\blang="([^"]*)"/.exec(m[3] ?? '')?.[1];
      open.push({ name, start, text: '', korean: lang === undefined ? (top?.korean ?? false) : lang.startsWith('ko'), skip: skipped.has(name) || /\bclass=w\b/.test(m[3] ?? '') || (top?.skip ?? false) });
    }
  }
  return out + html.slice(at);
}

/** A built page as its templates wrote it, without the glue of `keepKoreanWords` (for readers of its words). */
export function withoutGlue(html: string): string {
  // Glue spans hold no other span of their own kind; count the spans inside one to find its end tag.
  let depth = 0;
  const glue: number[] = [];
  return html.replace(/<span class=w>|<span\b[^>]*>|<\/span>/g, (tag) => {
    if (tag === '<span class=w>') {
      glue.push(depth++);
      return '';
    }
    if (tag !== '</span>') {
      depth++;
      return tag;
    }
    depth--;
    if (glue.at(-1) === depth) {
      glue.pop();
      return '';
    }
    return tag;
  });
}
